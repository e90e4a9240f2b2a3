using System.Collections.Generic;

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
        public IReadOnlyList<GraphSegment> Segments { get; internal set; } = new List<GraphSegment>();
        public IReadOnlyList<GraphMetric> Metrics { get; internal set; } = new List<GraphMetric>();
        public IReadOnlyList<HeartRateZone> HeartRateZones { get; internal set; } = new List<HeartRateZone>();
        public IReadOnlyList<Split> Splits { get; internal set; } = new List<Split>();
        public IReadOnlyList<TargetCompliance> TargetCompliance { get; internal set; } = new List<TargetCompliance>();
        public IReadOnlyList<MuscleGroupScore> MuscleGroups { get; internal set; } = new List<MuscleGroupScore>();

        public override string ToString() => $"{WorkoutId} ({SampleCount} samples every {EveryN} s)";
    }
}
