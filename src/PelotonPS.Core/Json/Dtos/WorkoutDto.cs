using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>
    /// A workout as the list (GET /api/user/{id}/workouts) and the detail (GET /api/workout/{id}) return it.
    /// The detail adds leaderboard, FTP and achievements; every member may be missing in some era.
    /// </summary>
    internal sealed class WorkoutDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("created_at")] public long? CreatedAt { get; set; }
        [JsonPropertyName("start_time")] public long? StartTime { get; set; }
        [JsonPropertyName("end_time")] public long? EndTime { get; set; }
        [JsonPropertyName("timezone")] public string? Timezone { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("fitness_discipline")] public string? FitnessDiscipline { get; set; }
        [JsonPropertyName("metrics_type")] public string? MetricsType { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("workout_type")] public string? WorkoutType { get; set; }
        [JsonPropertyName("device_type")] public string? DeviceType { get; set; }
        [JsonPropertyName("device_type_display_name")] public string? DeviceTypeDisplayName { get; set; }
        [JsonPropertyName("platform")] public string? Platform { get; set; }
        [JsonPropertyName("is_outdoor")] public bool? IsOutdoor { get; set; }
        [JsonPropertyName("total_work")] public double? TotalWork { get; set; }
        [JsonPropertyName("is_total_work_personal_record")] public bool? IsTotalWorkPersonalRecord { get; set; }
        [JsonPropertyName("has_pedaling_metrics")] public bool? HasPedalingMetrics { get; set; }
        [JsonPropertyName("has_leaderboard_metrics")] public bool? HasLeaderboardMetrics { get; set; }
        [JsonPropertyName("peloton_id")] public string? PelotonId { get; set; }
        [JsonPropertyName("strava_id")] public string? StravaId { get; set; }
        [JsonPropertyName("leaderboard_rank")] public int? LeaderboardRank { get; set; }
        [JsonPropertyName("total_leaderboard_users")] public int? TotalLeaderboardUsers { get; set; }
        [JsonPropertyName("average_effort_score")] public double? AverageEffortScore { get; set; }

        [JsonPropertyName("ftp_info")]
        [JsonConverter(typeof(ObjectOrNullConverter<FtpInfoDto>))]
        public FtpInfoDto? FtpInfo { get; set; }

        [JsonPropertyName("effort_zones")]
        [JsonConverter(typeof(ObjectOrNullConverter<EffortZonesDto>))]
        public EffortZonesDto? EffortZones { get; set; }

        [JsonPropertyName("achievement_templates")]
        [JsonConverter(typeof(ArrayOrNullConverter<AchievementDto>))]
        public List<AchievementDto>? AchievementTemplates { get; set; }

        [JsonPropertyName("ride")]
        [JsonConverter(typeof(ObjectOrNullConverter<RideDto>))]
        public RideDto? Ride { get; set; }

        [JsonPropertyName("movement_tracker_data")]
        [JsonConverter(typeof(ObjectOrNullConverter<MovementTrackerDataDto>))]
        public MovementTrackerDataDto? MovementTrackerData { get; set; }
    }

    internal sealed class FtpInfoDto
    {
        [JsonPropertyName("ftp")] public int? Ftp { get; set; }
        [JsonPropertyName("ftp_source")] public string? FtpSource { get; set; }
        [JsonPropertyName("ftp_workout_id")] public string? FtpWorkoutId { get; set; }
    }

    internal sealed class EffortZonesDto
    {
        [JsonPropertyName("total_effort_points")] public double? TotalEffortPoints { get; set; }

        [JsonPropertyName("heart_rate_zone_durations")]
        [JsonConverter(typeof(ObjectOrNullConverter<HeartRateZoneDurationsDto>))]
        public HeartRateZoneDurationsDto? HeartRateZoneDurations { get; set; }
    }

    internal sealed class HeartRateZoneDurationsDto
    {
        [JsonPropertyName("heart_rate_z1_duration")] public int? Zone1 { get; set; }
        [JsonPropertyName("heart_rate_z2_duration")] public int? Zone2 { get; set; }
        [JsonPropertyName("heart_rate_z3_duration")] public int? Zone3 { get; set; }
        [JsonPropertyName("heart_rate_z4_duration")] public int? Zone4 { get; set; }
        [JsonPropertyName("heart_rate_z5_duration")] public int? Zone5 { get; set; }
    }

    internal sealed class AchievementDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }
    }
}
