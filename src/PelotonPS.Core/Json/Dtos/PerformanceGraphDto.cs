using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>GET /api/workout/{id}/performance_graph: time series, totals and class structure (peloton-api.md 4.5).</summary>
    internal sealed class PerformanceGraphDto
    {
        [JsonPropertyName("duration")] public int? Duration { get; set; }

        [JsonPropertyName("seconds_since_pedaling_start")]
        [JsonConverter(typeof(ArrayOrNullConverter<double?>))]
        public List<double?>? SecondsSincePedalingStart { get; set; }

        [JsonPropertyName("segment_list")]
        [JsonConverter(typeof(ArrayOrNullConverter<GraphSegmentDto>))]
        public List<GraphSegmentDto>? SegmentList { get; set; }

        [JsonPropertyName("summaries")]
        [JsonConverter(typeof(ArrayOrNullConverter<GraphSummaryDto>))]
        public List<GraphSummaryDto>? Summaries { get; set; }

        [JsonPropertyName("average_summaries")]
        [JsonConverter(typeof(ArrayOrNullConverter<GraphSummaryDto>))]
        public List<GraphSummaryDto>? AverageSummaries { get; set; }

        [JsonPropertyName("metrics")]
        [JsonConverter(typeof(ArrayOrNullConverter<GraphMetricDto>))]
        public List<GraphMetricDto>? Metrics { get; set; }

        [JsonPropertyName("location_data")]
        [JsonConverter(typeof(ArrayOrNullConverter<LocationSegmentDto>))]
        public List<LocationSegmentDto>? LocationData { get; set; }

        [JsonPropertyName("splits_data")]
        [JsonConverter(typeof(ObjectOrNullConverter<SplitsDataDto>))]
        public SplitsDataDto? SplitsData { get; set; }

        [JsonPropertyName("splits_metrics")]
        [JsonConverter(typeof(ObjectOrNullConverter<SplitsMetricsDto>))]
        public SplitsMetricsDto? SplitsMetrics { get; set; }

        [JsonPropertyName("target_metrics_performance_data")]
        [JsonConverter(typeof(ObjectOrNullConverter<TargetMetricsPerformanceDto>))]
        public TargetMetricsPerformanceDto? TargetMetricsPerformanceData { get; set; }

        [JsonPropertyName("target_performance_metrics")]
        [JsonConverter(typeof(ObjectOrNullConverter<TargetPerformanceMetrics2020Dto>))]
        public TargetPerformanceMetrics2020Dto? TargetPerformanceMetrics { get; set; }

        [JsonPropertyName("effort_zones")]
        [JsonConverter(typeof(ObjectOrNullConverter<EffortZonesDto>))]
        public EffortZonesDto? EffortZones { get; set; }

        [JsonPropertyName("muscle_group_score")]
        [JsonConverter(typeof(ArrayOrNullConverter<MuscleGroupScoreDto>))]
        public List<MuscleGroupScoreDto>? MuscleGroupScore { get; set; }
    }

    internal sealed class GraphSegmentDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("start_time_offset")] public int? StartTimeOffset { get; set; }
        [JsonPropertyName("length")] public int? Length { get; set; }
        [JsonPropertyName("metrics_type")] public string? MetricsType { get; set; }
        [JsonPropertyName("intensity_in_mets")] public double? IntensityInMets { get; set; }
    }

    internal sealed class GraphSummaryDto
    {
        [JsonPropertyName("slug")] public string? Slug { get; set; }
        [JsonPropertyName("display_name")] public string? DisplayName { get; set; }
        [JsonPropertyName("display_unit")] public string? DisplayUnit { get; set; }
        [JsonPropertyName("value")] public double? Value { get; set; }
    }

    internal sealed class GraphMetricDto
    {
        [JsonPropertyName("slug")] public string? Slug { get; set; }
        [JsonPropertyName("display_name")] public string? DisplayName { get; set; }
        [JsonPropertyName("display_unit")] public string? DisplayUnit { get; set; }
        [JsonPropertyName("max_value")] public double? MaxValue { get; set; }
        [JsonPropertyName("average_value")] public double? AverageValue { get; set; }
        [JsonPropertyName("missing_data_duration")] public int? MissingDataDuration { get; set; }

        [JsonPropertyName("values")]
        [JsonConverter(typeof(ArrayOrNullConverter<double?>))]
        public List<double?>? Values { get; set; }

        [JsonPropertyName("zones")]
        [JsonConverter(typeof(ArrayOrNullConverter<HeartRateZoneDto>))]
        public List<HeartRateZoneDto>? Zones { get; set; }

        [JsonPropertyName("alternatives")]
        [JsonConverter(typeof(ArrayOrNullConverter<GraphMetricDto>))]
        public List<GraphMetricDto>? Alternatives { get; set; }
    }

    internal sealed class HeartRateZoneDto
    {
        [JsonPropertyName("slug")] public string? Slug { get; set; }
        [JsonPropertyName("display_name")] public string? DisplayName { get; set; }
        [JsonPropertyName("range")] public string? Range { get; set; }
        [JsonPropertyName("duration")] public int? Duration { get; set; }
        [JsonPropertyName("min_value")] public int? MinValue { get; set; }
        [JsonPropertyName("max_value")] public int? MaxValue { get; set; }
    }

    internal sealed class MuscleGroupScoreDto
    {
        [JsonPropertyName("muscle_group")] public string? MuscleGroup { get; set; }
        [JsonPropertyName("display_name")] public string? DisplayName { get; set; }
        [JsonPropertyName("score")] public double? Score { get; set; }
        [JsonPropertyName("percentage")] public double? Percentage { get; set; }
        [JsonPropertyName("bucket")] public int? Bucket { get; set; }
    }
}
