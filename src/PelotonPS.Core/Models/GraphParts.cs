namespace PelotonPS
{
    /// <summary>A part of the class plan: warm-up, intervals, cool-down.</summary>
    public sealed class GraphSegment
    {
        public string? Name { get; internal set; }
        public int? StartOffsetSeconds { get; internal set; }
        public int? LengthSeconds { get; internal set; }
        public string? MetricsType { get; internal set; }
        public double? IntensityMets { get; internal set; }

        public override string ToString() => $"{Name} @{StartOffsetSeconds}s ({LengthSeconds}s)";
    }

    /// <summary>One measured series (output, cadence, heart_rate, ...): its unit, maximum and average.</summary>
    public sealed class GraphMetric
    {
        public string? Slug { get; internal set; }
        public string? Name { get; internal set; }
        public string? Unit { get; internal set; }
        public double? Max { get; internal set; }
        public double? Average { get; internal set; }

        public override string ToString() => $"{Slug}: avg {Average} max {Max} {Unit}";
    }

    /// <summary>Time spent in one heart-rate zone.</summary>
    public sealed class HeartRateZone
    {
        public int Zone { get; internal set; }
        public string? Name { get; internal set; }
        public string? Range { get; internal set; }
        public int? Seconds { get; internal set; }
        public int? MinBpm { get; internal set; }
        public int? MaxBpm { get; internal set; }

        public override string ToString() => $"{Name} ({Range}): {Seconds}s";
    }

    /// <summary>One distance split (tread, rower, distance ride).</summary>
    public sealed class Split
    {
        public int Order { get; internal set; }
        public double? DistanceMarker { get; internal set; }
        public string? DistanceUnit { get; internal set; }
        /// <summary>How long this split took.</summary>
        public double? SplitSeconds { get; internal set; }
        public double? Pace { get; internal set; }
        public string? PaceUnit { get; internal set; }
        public double? ElevationChange { get; internal set; }
        public string? ElevationUnit { get; internal set; }
        public double? StrokeRateSpm { get; internal set; }
        public double? AvgOutputWatts { get; internal set; }
        public double? FormScorePercent { get; internal set; }
        public bool IsBest { get; internal set; }

        public override string ToString() => $"{DistanceMarker} {DistanceUnit}: {SplitSeconds}s";
    }

    /// <summary>How much of the time a target metric (cadence, resistance, speed, incline) was within the class's target range.</summary>
    public sealed class TargetCompliance
    {
        public string? Metric { get; internal set; }
        public double? TimeInRangePercent { get; internal set; }

        public override string ToString() => $"{Metric}: {TimeInRangePercent}%";
    }

    /// <summary>How much a workout worked one muscle group.</summary>
    public sealed class MuscleGroupScore
    {
        public string? MuscleGroup { get; internal set; }
        public string? Name { get; internal set; }
        public double? Score { get; internal set; }
        public double? Percentage { get; internal set; }
        public int? Bucket { get; internal set; }

        public override string ToString() => $"{Name}: {Percentage}%";
    }
}
