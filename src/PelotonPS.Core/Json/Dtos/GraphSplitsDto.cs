using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>splits_data: one entry per distance marker (tread, distance rides).</summary>
    internal sealed class SplitsDataDto
    {
        [JsonPropertyName("distance_marker_display_unit")] public string? DistanceMarkerDisplayUnit { get; set; }
        [JsonPropertyName("elevation_change_display_unit")] public string? ElevationChangeDisplayUnit { get; set; }

        [JsonPropertyName("splits")]
        [JsonConverter(typeof(ArrayOrNullConverter<SplitDto>))]
        public List<SplitDto>? Splits { get; set; }
    }

    internal sealed class SplitDto
    {
        [JsonPropertyName("order")] public int? Order { get; set; }
        [JsonPropertyName("distance_marker")] public double? DistanceMarker { get; set; }
        [JsonPropertyName("seconds")] public double? Seconds { get; set; }
        [JsonPropertyName("elevation_change")] public double? ElevationChange { get; set; }
        [JsonPropertyName("is_best")] public bool? IsBest { get; set; }
    }

    /// <summary>splits_metrics: a table whose columns are named in header (rower: meter, total_time, pace, spm, avg_output, form_score).</summary>
    internal sealed class SplitsMetricsDto
    {
        [JsonPropertyName("metrics")]
        [JsonConverter(typeof(ArrayOrNullConverter<SplitsMetricsRowDto>))]
        public List<SplitsMetricsRowDto>? Metrics { get; set; }
    }

    internal sealed class SplitsMetricsRowDto
    {
        [JsonPropertyName("is_best")] public bool? IsBest { get; set; }

        [JsonPropertyName("data")]
        [JsonConverter(typeof(ArrayOrNullConverter<SplitsMetricsCellDto>))]
        public List<SplitsMetricsCellDto>? Data { get; set; }
    }

    internal sealed class SplitsMetricsCellDto
    {
        [JsonPropertyName("slug")] public string? Slug { get; set; }
        [JsonPropertyName("value")] public double? Value { get; set; }
        [JsonPropertyName("unit")] public string? Unit { get; set; }
    }
}
