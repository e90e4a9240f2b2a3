using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>target_metrics_performance_data: the class's targets and how much time was spent within them.</summary>
    internal sealed class TargetMetricsPerformanceDto
    {
        [JsonPropertyName("time_in_metric")]
        [JsonConverter(typeof(ArrayOrNullConverter<TimeInMetricDto>))]
        public List<TimeInMetricDto>? TimeInMetric { get; set; }
    }

    internal sealed class TimeInMetricDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("value")] public double? Value { get; set; }
    }

    /// <summary>target_performance_metrics (2020): the predecessor, with time in range per metric as members.</summary>
    internal sealed class TargetPerformanceMetrics2020Dto
    {
        [JsonPropertyName("cadence_time_in_range")] public double? CadenceTimeInRange { get; set; }
        [JsonPropertyName("resistance_time_in_range")] public double? ResistanceTimeInRange { get; set; }
    }

    /// <summary>location_data[]: GPS points of outdoor workouts.</summary>
    internal sealed class LocationSegmentDto
    {
        [JsonPropertyName("is_gap")] public bool? IsGap { get; set; }

        [JsonPropertyName("coordinates")]
        [JsonConverter(typeof(ArrayOrNullConverter<CoordinateDto>))]
        public List<CoordinateDto>? Coordinates { get; set; }
    }

    internal sealed class CoordinateDto
    {
        [JsonPropertyName("seconds_offset_from_start")] public double? SecondsOffsetFromStart { get; set; }
        [JsonPropertyName("latitude")] public double? Latitude { get; set; }
        [JsonPropertyName("longitude")] public double? Longitude { get; set; }
        [JsonPropertyName("accuracy")] public double? Accuracy { get; set; }
    }
}
