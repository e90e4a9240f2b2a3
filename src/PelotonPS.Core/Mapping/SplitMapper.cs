using System.Collections.Generic;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>Splits from splits_metrics (richer: rower, distance rides) or, failing that, splits_data (tread).</summary>
    internal static class SplitMapper
    {
        private static readonly HashSet<string> DistanceSlugs = new() { "mi", "km", "meter", "m" };

        public static List<Split> Map(PerformanceGraphDto graph)
        {
            List<SplitsMetricsRowDto>? rows = graph.SplitsMetrics?.Metrics;
            if (rows is { Count: > 0 })
            {
                return rows.Select(FromTableRow).ToList();
            }

            SplitsDataDto? data = graph.SplitsData;
            return (data?.Splits ?? new List<SplitDto>()).Select((s, i) => new Split
            {
                Order = s.Order ?? i + 1,
                DistanceMarker = s.DistanceMarker,
                DistanceUnit = data!.DistanceMarkerDisplayUnit,
                SplitSeconds = s.Seconds,
                ElevationChange = s.ElevationChange,
                ElevationUnit = data.ElevationChangeDisplayUnit,
                IsBest = s.IsBest ?? false,
            }).ToList();
        }

        private static Split FromTableRow(SplitsMetricsRowDto row, int index)
        {
            List<SplitsMetricsCellDto> cells = row.Data ?? new List<SplitsMetricsCellDto>();
            SplitsMetricsCellDto? distance = cells.FirstOrDefault(c => c.Slug is not null && DistanceSlugs.Contains(c.Slug));
            SplitsMetricsCellDto? pace = Cell(cells, "pace");
            return new Split
            {
                Order = index + 1,
                DistanceMarker = distance?.Value,
                DistanceUnit = distance?.Unit ?? distance?.Slug,
                // total_time is cumulative minutes; the split's own time is its pace times its length (one unit).
                SplitSeconds = pace?.Value * 60,
                Pace = pace?.Value,
                PaceUnit = pace?.Unit,
                ElevationChange = Cell(cells, "elevation")?.Value,
                ElevationUnit = Cell(cells, "elevation")?.Unit,
                StrokeRateSpm = Cell(cells, "spm")?.Value,
                AvgOutputWatts = Cell(cells, "avg_output")?.Value,
                FormScorePercent = Cell(cells, "form_score")?.Value,
                IsBest = row.IsBest ?? false,
            };
        }

        private static SplitsMetricsCellDto? Cell(List<SplitsMetricsCellDto> cells, string slug) => cells.FirstOrDefault(c => c.Slug == slug);
    }
}
