using System;
using System.Collections.Generic;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>
    /// Turns a graph's parallel arrays into one row per time point. Offsets come from seconds_since_pedaling_start
    /// (they may start at 0, 1 or 2 and have gaps); GPS points are matched to the latest point at or before each offset.
    /// </summary>
    internal static class WorkoutSampleMapper
    {
        public static IEnumerable<WorkoutSample> Map(string workoutId, int everyN, PerformanceGraphDto dto)
        {
            List<double?> offsets = dto.SecondsSincePedalingStart ?? new List<double?>();
            var metrics = (dto.Metrics ?? new List<GraphMetricDto>()).Where(m => m.Slug is not null)
                .GroupBy(m => m.Slug!).ToDictionary(g => g.Key, g => g.First());
            GraphMetricDto? speed = GraphTotalsReader.Metric(metrics, GraphSlugs.Speed)
                ?? GraphTotalsReader.Metric(metrics, GraphSlugs.Pace)?.Alternatives?.FirstOrDefault(a => a.Slug == GraphSlugs.Speed);
            List<GraphSegment> segments = PerformanceGraphMapper.Segments(dto);
            var gps = new GpsTrack(dto.LocationData, Math.Max(1, everyN));

            for (int i = 0; i < offsets.Count; i++)
            {
                int offset = (int)Math.Round(offsets[i] ?? 0);
                CoordinateDto? point = gps.At(offset);
                yield return new WorkoutSample
                {
                    WorkoutId = workoutId,
                    Offset = offset,
                    Segment = segments.LastOrDefault(s => (s.StartOffsetSeconds ?? 0) <= offset)?.Name,
                    Output = At(metrics, GraphSlugs.Output, i),
                    Cadence = At(metrics, GraphSlugs.Cadence, i),
                    Resistance = At(metrics, GraphSlugs.Resistance, i),
                    Speed = At(speed, i),
                    SpeedUnit = speed?.DisplayUnit,
                    Pace = At(metrics, GraphSlugs.Pace, i),
                    PaceUnit = GraphTotalsReader.Metric(metrics, GraphSlugs.Pace)?.DisplayUnit,
                    Incline = At(metrics, GraphSlugs.Incline, i),
                    HeartRate = At(metrics, GraphSlugs.HeartRate, i),
                    Altitude = At(metrics, GraphSlugs.Altitude, i),
                    AltitudeUnit = GraphTotalsReader.Metric(metrics, GraphSlugs.Altitude)?.DisplayUnit,
                    StrokeRate = At(metrics, GraphSlugs.StrokeRate, i),
                    SplitPace = At(metrics, GraphSlugs.SplitPace, i),
                    Latitude = point?.Latitude,
                    Longitude = point?.Longitude,
                    Accuracy = point?.Accuracy,
                };
            }
        }

        private static double? At(Dictionary<string, GraphMetricDto> metrics, string slug, int index)
            => At(GraphTotalsReader.Metric(metrics, slug), index);

        private static double? At(GraphMetricDto? metric, int index)
            => metric?.Values is { } values && index < values.Count ? values[index] : null;

        /// <summary>GPS points in time order, read forward as the offsets grow.</summary>
        private sealed class GpsTrack
        {
            private readonly List<CoordinateDto> points;
            private readonly int tolerance;
            private int next;

            public GpsTrack(List<LocationSegmentDto>? segments, int tolerance)
            {
                points = (segments ?? new List<LocationSegmentDto>())
                    .Where(s => s.IsGap != true)
                    .SelectMany(s => s.Coordinates ?? new List<CoordinateDto>())
                    .Where(c => c.SecondsOffsetFromStart.HasValue && c.Latitude.HasValue && c.Longitude.HasValue)
                    .OrderBy(c => c.SecondsOffsetFromStart)
                    .ToList();
                this.tolerance = tolerance;
            }

            /// <summary>The latest point at or before <paramref name="offset"/>, if it is at most one sampling step old.</summary>
            public CoordinateDto? At(int offset)
            {
                while (next < points.Count && points[next].SecondsOffsetFromStart <= offset)
                {
                    next++;
                }

                CoordinateDto? latest = next > 0 ? points[next - 1] : null;
                return latest is not null && offset - latest.SecondsOffsetFromStart < tolerance ? latest : null;
            }
        }
    }
}
