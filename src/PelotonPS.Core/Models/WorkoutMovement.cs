namespace PelotonPS
{
    /// <summary>One tracked movement of a strength (or other tracked) workout: reps, weight and timing.</summary>
    public sealed class WorkoutMovement
    {
        public string WorkoutId { get; internal set; } = string.Empty;
        /// <summary>Position of the movement in the workout, from 1.</summary>
        public int Order { get; internal set; }
        public string? MovementId { get; internal set; }
        public string? MovementName { get; internal set; }
        /// <summary>rep_counting, time_tracked_rep, time_based, or another tracking kind Peloton reports.</summary>
        public string? TrackingType { get; internal set; }
        public double? Reps { get; internal set; }
        public double? TargetReps { get; internal set; }
        public double? Weight { get; internal set; }
        public string? WeightUnit { get; internal set; }
        public string? WeightCategory { get; internal set; }
        public double? TotalVolume { get; internal set; }
        public double? DurationSeconds { get; internal set; }
        /// <summary>Seconds since the start of the class.</summary>
        public double? Offset { get; internal set; }

        public override string ToString() => $"{MovementName}: {Reps} reps {Weight} {WeightUnit}";
    }
}
