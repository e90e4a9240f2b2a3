namespace PelotonPS
{
    /// <summary>
    /// One time point of a workout: the per-second table for Export-Csv and plotting. Metrics the workout lacks
    /// are null. Output is in watts, Cadence in rpm, Resistance and Incline in %, HeartRate in bpm, StrokeRate
    /// in strokes per minute, SplitPace in min/500m; Speed, Pace and Altitude follow the account's units
    /// (SpeedUnit, PaceUnit, AltitudeUnit). Latitude, Longitude and Accuracy (metres) are GPS for outdoor workouts.
    /// </summary>
    public sealed class WorkoutSample
    {
        public string WorkoutId { get; internal set; } = string.Empty;
        /// <summary>Seconds since the start of the class.</summary>
        public int Offset { get; internal set; }
        public string? Segment { get; internal set; }
        public double? Output { get; internal set; }
        public double? Cadence { get; internal set; }
        public double? Resistance { get; internal set; }
        public double? Speed { get; internal set; }
        public string? SpeedUnit { get; internal set; }
        public double? Pace { get; internal set; }
        public string? PaceUnit { get; internal set; }
        public double? Incline { get; internal set; }
        public double? HeartRate { get; internal set; }
        public double? Altitude { get; internal set; }
        public string? AltitudeUnit { get; internal set; }
        public double? StrokeRate { get; internal set; }
        public double? SplitPace { get; internal set; }
        public double? Latitude { get; internal set; }
        public double? Longitude { get; internal set; }
        public double? Accuracy { get; internal set; }

        public override string ToString() => $"{WorkoutId} @{Offset}s";
    }
}
