namespace PelotonPS.Mapping
{
    /// <summary>The summary and metric slugs of performance graphs (peloton-api.md 4.5).</summary>
    internal static class GraphSlugs
    {
        public const string TotalOutput = "total_output";
        public const string Distance = "distance";
        public const string Calories = "calories";
        public const string Elevation = "elevation";
        public const string StrokeCount = "stroke_count";
        public const string AvgOutput = "avg_output";
        public const string AvgCadence = "avg_cadence";
        public const string AvgResistance = "avg_resistance";
        public const string AvgSpeed = "avg_speed";
        public const string AvgPace = "avg_pace";
        public const string AvgIncline = "avg_incline";
        public const string AvgStrokeRate = "avg_stroke_rate";
        public const string AvgSplitPace = "avg_split_pace";
        public const string Output = "output";
        public const string Cadence = "cadence";
        public const string Resistance = "resistance";
        public const string Speed = "speed";
        public const string Pace = "pace";
        public const string Incline = "incline";
        public const string HeartRate = "heart_rate";
        public const string Altitude = "altitude";
        public const string StrokeRate = "stroke_rate";
        public const string SplitPace = "split_pace";
    }
}
