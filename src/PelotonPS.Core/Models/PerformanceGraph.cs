namespace PelotonPS
{
    /// <summary>
    /// One workout's performance graph: totals and averages as flat properties (from <see cref="WorkoutTotals"/>),
    /// and the class structure, metrics, heart-rate zones, splits, target compliance and muscle groups as lists.
    /// Per-second values are in <see cref="WorkoutSample"/> rows (Get-PelotonWorkoutSample).
    /// </summary>
    public sealed class PerformanceGraph : WorkoutTotals
    {
        public string WorkoutId { get; internal set; } = string.Empty;
        public int? DurationSeconds { get; internal set; }
        /// <summary>The sampling step the graph was requested with, in seconds.</summary>
        public int EveryN { get; internal set; }
        public int SampleCount { get; internal set; }
        public ReadableList<GraphSegment> Segments { get; internal set; } = ReadableList<GraphSegment>.Empty;
        public ReadableList<GraphMetric> Metrics { get; internal set; } = ReadableList<GraphMetric>.Empty;
        public ReadableList<HeartRateZone> HeartRateZones { get; internal set; } = ReadableList<HeartRateZone>.Empty;
        public ReadableList<Split> Splits { get; internal set; } = ReadableList<Split>.Empty;
        public ReadableList<TargetCompliance> TargetCompliance { get; internal set; } = ReadableList<TargetCompliance>.Empty;
        public ReadableList<MuscleGroupScore> MuscleGroups { get; internal set; } = ReadableList<MuscleGroupScore>.Empty;

        public override string ToString() => $"{WorkoutId} ({SampleCount} samples every {EveryN} s)";
    }
}
