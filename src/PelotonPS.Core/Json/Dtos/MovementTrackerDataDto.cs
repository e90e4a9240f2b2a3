using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>Strength tracking: movement_tracker_data.completed_movements_summary_data.repetition_summary_data[].</summary>
    internal sealed class MovementTrackerDataDto
    {
        [JsonPropertyName("completed_movements_summary_data")]
        [JsonConverter(typeof(ObjectOrNullConverter<CompletedMovementsSummaryDto>))]
        public CompletedMovementsSummaryDto? CompletedMovementsSummaryData { get; set; }
    }

    internal sealed class CompletedMovementsSummaryDto
    {
        [JsonPropertyName("repetition_summary_data")]
        [JsonConverter(typeof(ArrayOrNullConverter<RepetitionSummaryDto>))]
        public List<RepetitionSummaryDto>? RepetitionSummaryData { get; set; }
    }

    internal sealed class RepetitionSummaryDto
    {
        [JsonPropertyName("movement_id")] public string? MovementId { get; set; }
        [JsonPropertyName("movement_name")] public string? MovementName { get; set; }
        [JsonPropertyName("tracking_type")] public string? TrackingType { get; set; }
        [JsonPropertyName("completed_reps")] public double? CompletedReps { get; set; }
        [JsonPropertyName("completed_number")] public double? CompletedNumber { get; set; }
        [JsonPropertyName("target_reps")] public double? TargetReps { get; set; }
        [JsonPropertyName("completed_duration")] public double? CompletedDuration { get; set; }
        [JsonPropertyName("offset")] public double? Offset { get; set; }
        [JsonPropertyName("length")] public double? Length { get; set; }
        [JsonPropertyName("total_volume")] public double? TotalVolume { get; set; }

        [JsonPropertyName("weight")]
        [JsonConverter(typeof(ArrayOrNullConverter<MovementWeightDto>))]
        public List<MovementWeightDto>? Weight { get; set; }
    }

    internal sealed class MovementWeightDto
    {
        [JsonPropertyName("weight_category")] public string? WeightCategory { get; set; }

        [JsonPropertyName("weight_data")]
        [JsonConverter(typeof(ObjectOrNullConverter<MovementWeightDataDto>))]
        public MovementWeightDataDto? WeightData { get; set; }
    }

    internal sealed class MovementWeightDataDto
    {
        [JsonPropertyName("weight_value")] public double? WeightValue { get; set; }
        [JsonPropertyName("weight_unit")] public string? WeightUnit { get; set; }
    }
}
