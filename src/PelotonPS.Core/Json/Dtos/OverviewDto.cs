using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>GET /api/user/{id}/overview?version=1 (peloton-api.md 4.11).</summary>
    internal sealed class OverviewDto
    {
        [JsonPropertyName("workout_counts")]
        [JsonConverter(typeof(ObjectOrNullConverter<OverviewCountsDto>))]
        public OverviewCountsDto? WorkoutCounts { get; set; }

        [JsonPropertyName("streaks")]
        [JsonConverter(typeof(ObjectOrNullConverter<StreaksDto>))]
        public StreaksDto? Streaks { get; set; }

        [JsonPropertyName("personal_records")]
        [JsonConverter(typeof(ArrayOrNullConverter<RecordGroupDto>))]
        public List<RecordGroupDto>? PersonalRecords { get; set; }
    }

    internal sealed class OverviewCountsDto
    {
        [JsonPropertyName("total_workouts")] public int? TotalWorkouts { get; set; }

        [JsonPropertyName("workouts")]
        [JsonConverter(typeof(ArrayOrNullConverter<WorkoutCountDto>))]
        public List<WorkoutCountDto>? Workouts { get; set; }
    }

    internal sealed class StreaksDto
    {
        [JsonPropertyName("current_weekly")] public int? CurrentWeekly { get; set; }
        [JsonPropertyName("best_weekly")] public int? BestWeekly { get; set; }
        [JsonPropertyName("start_date_of_current_weekly")] public long? StartDateOfCurrentWeekly { get; set; }
    }

    internal sealed class RecordGroupDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }

        [JsonPropertyName("records")]
        [JsonConverter(typeof(ArrayOrNullConverter<RecordDto>))]
        public List<RecordDto>? Records { get; set; }
    }

    internal sealed class RecordDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }
        [JsonPropertyName("value")] public string? Value { get; set; }
        [JsonPropertyName("raw_value")] public double? RawValue { get; set; }
        [JsonPropertyName("unit")] public string? Unit { get; set; }
        [JsonPropertyName("workout_id")] public string? WorkoutId { get; set; }
        [JsonPropertyName("workout_date")] public long? WorkoutDate { get; set; }
    }
}
