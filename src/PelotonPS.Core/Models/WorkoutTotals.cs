namespace PelotonPS
{
    /// <summary>
    /// Totals and averages of a workout, from its performance graph's summaries and metrics. Shared by
    /// <see cref="PerformanceGraph"/> and by <see cref="Workout"/> (filled with -IncludeSummary). Units that
    /// follow the account's settings (mi or km, mph or kph) come with a unit property.
    /// </summary>
    public abstract class WorkoutTotals
    {
        public double? TotalOutputKj { get; internal set; }
        public double? Distance { get; internal set; }
        public string? DistanceUnit { get; internal set; }
        public double? CaloriesKcal { get; internal set; }
        public double? Elevation { get; internal set; }
        public string? ElevationUnit { get; internal set; }
        public int? StrokeCount { get; internal set; }
        public double? AvgOutputWatts { get; internal set; }
        public double? MaxOutputWatts { get; internal set; }
        public double? AvgCadenceRpm { get; internal set; }
        public double? MaxCadenceRpm { get; internal set; }
        public double? AvgResistancePercent { get; internal set; }
        public double? MaxResistancePercent { get; internal set; }
        public double? AvgSpeed { get; internal set; }
        public double? MaxSpeed { get; internal set; }
        public string? SpeedUnit { get; internal set; }
        public double? AvgPace { get; internal set; }
        public string? PaceUnit { get; internal set; }
        public double? AvgInclinePercent { get; internal set; }
        public double? AvgHeartRateBpm { get; internal set; }
        public double? MaxHeartRateBpm { get; internal set; }
        public double? AvgStrokeRateSpm { get; internal set; }
        public double? AvgSplitPaceMinPer500m { get; internal set; }
        /// <summary>Peloton's "Strive score".</summary>
        public double? EffortPoints { get; internal set; }
        public int? HeartRateZone1Seconds { get; internal set; }
        public int? HeartRateZone2Seconds { get; internal set; }
        public int? HeartRateZone3Seconds { get; internal set; }
        public int? HeartRateZone4Seconds { get; internal set; }
        public int? HeartRateZone5Seconds { get; internal set; }

        /// <summary>Takes every total <paramref name="source"/> knows; keeps this object's own value where the source has none.</summary>
        internal void CopyTotalsFrom(WorkoutTotals source)
        {
            // The workout's total_work (joules) is more precise than the graph's rounded kJ summary.
            TotalOutputKj ??= source.TotalOutputKj;
            Distance = source.Distance ?? Distance;
            DistanceUnit = source.DistanceUnit ?? DistanceUnit;
            CaloriesKcal = source.CaloriesKcal ?? CaloriesKcal;
            Elevation = source.Elevation ?? Elevation;
            ElevationUnit = source.ElevationUnit ?? ElevationUnit;
            StrokeCount = source.StrokeCount ?? StrokeCount;
            AvgOutputWatts = source.AvgOutputWatts ?? AvgOutputWatts;
            MaxOutputWatts = source.MaxOutputWatts ?? MaxOutputWatts;
            AvgCadenceRpm = source.AvgCadenceRpm ?? AvgCadenceRpm;
            MaxCadenceRpm = source.MaxCadenceRpm ?? MaxCadenceRpm;
            AvgResistancePercent = source.AvgResistancePercent ?? AvgResistancePercent;
            MaxResistancePercent = source.MaxResistancePercent ?? MaxResistancePercent;
            AvgSpeed = source.AvgSpeed ?? AvgSpeed;
            MaxSpeed = source.MaxSpeed ?? MaxSpeed;
            SpeedUnit = source.SpeedUnit ?? SpeedUnit;
            AvgPace = source.AvgPace ?? AvgPace;
            PaceUnit = source.PaceUnit ?? PaceUnit;
            AvgInclinePercent = source.AvgInclinePercent ?? AvgInclinePercent;
            AvgHeartRateBpm = source.AvgHeartRateBpm ?? AvgHeartRateBpm;
            MaxHeartRateBpm = source.MaxHeartRateBpm ?? MaxHeartRateBpm;
            AvgStrokeRateSpm = source.AvgStrokeRateSpm ?? AvgStrokeRateSpm;
            AvgSplitPaceMinPer500m = source.AvgSplitPaceMinPer500m ?? AvgSplitPaceMinPer500m;
            EffortPoints = source.EffortPoints ?? EffortPoints;
            HeartRateZone1Seconds = source.HeartRateZone1Seconds ?? HeartRateZone1Seconds;
            HeartRateZone2Seconds = source.HeartRateZone2Seconds ?? HeartRateZone2Seconds;
            HeartRateZone3Seconds = source.HeartRateZone3Seconds ?? HeartRateZone3Seconds;
            HeartRateZone4Seconds = source.HeartRateZone4Seconds ?? HeartRateZone4Seconds;
            HeartRateZone5Seconds = source.HeartRateZone5Seconds ?? HeartRateZone5Seconds;
        }
    }
}
