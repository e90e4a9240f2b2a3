using System.Collections.Generic;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>Turns a performance graph payload of any era into a <see cref="PerformanceGraph"/>.</summary>
    internal static class PerformanceGraphMapper
    {
        public static PerformanceGraph Map(string workoutId, int everyN, PerformanceGraphDto dto)
        {
            var graph = new PerformanceGraph
            {
                WorkoutId = workoutId,
                DurationSeconds = dto.Duration,
                EveryN = everyN,
                SampleCount = dto.SecondsSincePedalingStart?.Count ?? 0,
                Segments = ReadableList.From(Segments(dto)),
                Metrics = ReadableList.From((dto.Metrics ?? new List<GraphMetricDto>()).Select(m => new GraphMetric
                {
                    Slug = m.Slug,
                    Name = m.DisplayName,
                    Unit = m.DisplayUnit,
                    Max = m.MaxValue,
                    Average = m.AverageValue,
                })),
                HeartRateZones = ReadableList.From(HeartRateZones(dto)),
                Splits = ReadableList.From(SplitMapper.Map(dto)),
                TargetCompliance = ReadableList.From(TargetCompliance(dto)),
                MuscleGroups = ReadableList.From((dto.MuscleGroupScore ?? new List<MuscleGroupScoreDto>()).Select(m => new MuscleGroupScore
                {
                    MuscleGroup = m.MuscleGroup,
                    Name = m.DisplayName,
                    Score = m.Score,
                    Percentage = m.Percentage,
                    Bucket = m.Bucket,
                })),
            };
            GraphTotalsReader.Fill(graph, dto);
            return graph;
        }

        internal static List<GraphSegment> Segments(PerformanceGraphDto dto)
            => (dto.SegmentList ?? new List<GraphSegmentDto>()).Select(s => new GraphSegment
            {
                Name = s.Name,
                StartOffsetSeconds = s.StartTimeOffset,
                LengthSeconds = s.Length,
                MetricsType = s.MetricsType,
                IntensityMets = s.IntensityInMets,
            }).ToList();

        private static List<HeartRateZone> HeartRateZones(PerformanceGraphDto dto)
        {
            List<HeartRateZoneDto> zones = dto.Metrics?.FirstOrDefault(m => m.Slug == GraphSlugs.HeartRate)?.Zones ?? new List<HeartRateZoneDto>();
            return zones.Select((z, i) => new HeartRateZone
            {
                Zone = int.TryParse(z.Slug?.Replace("zone", string.Empty), out int number) ? number : i + 1,
                Name = z.DisplayName,
                Range = z.Range,
                Seconds = z.Duration,
                MinBpm = z.MinValue,
                MaxBpm = z.MaxValue,
            }).ToList();
        }

        private static List<TargetCompliance> TargetCompliance(PerformanceGraphDto dto)
        {
            var rows = (dto.TargetMetricsPerformanceData?.TimeInMetric ?? new List<TimeInMetricDto>())
                .Select(t => new TargetCompliance { Metric = t.Name, TimeInRangePercent = t.Value })
                .ToList();
            TargetPerformanceMetrics2020Dto? old = dto.TargetPerformanceMetrics;
            if (rows.Count == 0 && old is not null)
            {
                // 2020 payloads carry time in range per metric as members instead of a list.
                AddIfPresent(rows, GraphSlugs.Cadence, old.CadenceTimeInRange);
                AddIfPresent(rows, GraphSlugs.Resistance, old.ResistanceTimeInRange);
            }

            return rows;
        }

        private static void AddIfPresent(List<TargetCompliance> rows, string metric, double? value)
        {
            if (value.HasValue)
            {
                rows.Add(new TargetCompliance { Metric = metric, TimeInRangePercent = value });
            }
        }
    }
}
