using System.Collections.Generic;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>Fills <see cref="WorkoutTotals"/> from a graph's summaries, average summaries, metrics and effort zones.</summary>
    internal static class GraphTotalsReader
    {
        public static void Fill(WorkoutTotals totals, PerformanceGraphDto graph)
        {
            Dictionary<string, GraphSummaryDto> sums = BySlug(graph.Summaries, s => s.Slug);
            Dictionary<string, GraphSummaryDto> avgs = BySlug(graph.AverageSummaries, s => s.Slug);
            Dictionary<string, GraphMetricDto> metrics = BySlug(graph.Metrics, m => m.Slug);

            totals.TotalOutputKj = Value(sums, GraphSlugs.TotalOutput);
            (totals.Distance, totals.DistanceUnit) = ValueAndUnit(sums, GraphSlugs.Distance);
            totals.CaloriesKcal = Value(sums, GraphSlugs.Calories);
            (totals.Elevation, totals.ElevationUnit) = ValueAndUnit(sums, GraphSlugs.Elevation);
            totals.StrokeCount = (int?)Value(sums, GraphSlugs.StrokeCount);
            totals.AvgOutputWatts = Value(avgs, GraphSlugs.AvgOutput) ?? Metric(metrics, GraphSlugs.Output)?.AverageValue;
            totals.MaxOutputWatts = Metric(metrics, GraphSlugs.Output)?.MaxValue;
            totals.AvgCadenceRpm = Value(avgs, GraphSlugs.AvgCadence) ?? Metric(metrics, GraphSlugs.Cadence)?.AverageValue;
            totals.MaxCadenceRpm = Metric(metrics, GraphSlugs.Cadence)?.MaxValue;
            totals.AvgResistancePercent = Value(avgs, GraphSlugs.AvgResistance) ?? Metric(metrics, GraphSlugs.Resistance)?.AverageValue;
            totals.MaxResistancePercent = Metric(metrics, GraphSlugs.Resistance)?.MaxValue;
            (totals.AvgSpeed, totals.SpeedUnit) = ValueAndUnit(avgs, GraphSlugs.AvgSpeed);
            totals.SpeedUnit ??= Metric(metrics, GraphSlugs.Speed)?.DisplayUnit;
            totals.MaxSpeed = Metric(metrics, GraphSlugs.Speed)?.MaxValue;
            (totals.AvgPace, totals.PaceUnit) = ValueAndUnit(avgs, GraphSlugs.AvgPace);
            totals.AvgInclinePercent = Value(avgs, GraphSlugs.AvgIncline) ?? Metric(metrics, GraphSlugs.Incline)?.AverageValue;
            totals.AvgHeartRateBpm = Metric(metrics, GraphSlugs.HeartRate)?.AverageValue;
            totals.MaxHeartRateBpm = Metric(metrics, GraphSlugs.HeartRate)?.MaxValue;
            totals.AvgStrokeRateSpm = Value(avgs, GraphSlugs.AvgStrokeRate) ?? Metric(metrics, GraphSlugs.StrokeRate)?.AverageValue;
            totals.AvgSplitPaceMinPer500m = Value(avgs, GraphSlugs.AvgSplitPace);
            FillEffort(totals, graph.EffortZones, Metric(metrics, GraphSlugs.HeartRate)?.Zones);
        }

        /// <summary>Effort points and zone times: from effort_zones, else from the heart-rate metric's zones.</summary>
        private static void FillEffort(WorkoutTotals totals, EffortZonesDto? effort, List<HeartRateZoneDto>? zones)
        {
            totals.EffortPoints = effort?.TotalEffortPoints;
            HeartRateZoneDurationsDto? durations = effort?.HeartRateZoneDurations;
            totals.HeartRateZone1Seconds = durations?.Zone1 ?? ZoneSeconds(zones, 1);
            totals.HeartRateZone2Seconds = durations?.Zone2 ?? ZoneSeconds(zones, 2);
            totals.HeartRateZone3Seconds = durations?.Zone3 ?? ZoneSeconds(zones, 3);
            totals.HeartRateZone4Seconds = durations?.Zone4 ?? ZoneSeconds(zones, 4);
            totals.HeartRateZone5Seconds = durations?.Zone5 ?? ZoneSeconds(zones, 5);
        }

        private static int? ZoneSeconds(List<HeartRateZoneDto>? zones, int zone)
            => zones?.FirstOrDefault(z => z.Slug == "zone" + zone)?.Duration;

        private static Dictionary<string, T> BySlug<T>(List<T>? items, System.Func<T, string?> slug)
        {
            var map = new Dictionary<string, T>();
            foreach (T item in items ?? new List<T>())
            {
                string? key = slug(item);
                if (key is not null && !map.ContainsKey(key))
                {
                    map[key] = item;
                }
            }

            return map;
        }

        private static double? Value(Dictionary<string, GraphSummaryDto> map, string slug)
            => map.TryGetValue(slug, out GraphSummaryDto? summary) ? summary.Value : null;

        private static (double? Value, string? Unit) ValueAndUnit(Dictionary<string, GraphSummaryDto> map, string slug)
            => map.TryGetValue(slug, out GraphSummaryDto? summary) ? (summary.Value, summary.DisplayUnit) : (null, null);

        internal static GraphMetricDto? Metric(Dictionary<string, GraphMetricDto> map, string slug)
            => map.TryGetValue(slug, out GraphMetricDto? metric) ? metric : null;
    }
}
