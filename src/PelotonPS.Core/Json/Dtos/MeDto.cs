using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>GET /api/me and GET /api/user/{id} (the public profile is a subset).</summary>
    internal sealed class MeDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("username")] public string? Username { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("first_name")] public string? FirstName { get; set; }
        [JsonPropertyName("last_name")] public string? LastName { get; set; }
        [JsonPropertyName("location")] public string? Location { get; set; }
        [JsonPropertyName("image_url")] public string? ImageUrl { get; set; }
        [JsonPropertyName("gender")] public string? Gender { get; set; }
        [JsonPropertyName("created_at")] public long? CreatedAt { get; set; }
        [JsonPropertyName("last_workout_at")] public long? LastWorkoutAt { get; set; }
        [JsonPropertyName("total_workouts")] public int? TotalWorkouts { get; set; }
        [JsonPropertyName("total_followers")] public int? TotalFollowers { get; set; }
        [JsonPropertyName("total_following")] public int? TotalFollowing { get; set; }
        [JsonPropertyName("cycling_ftp")] public int? CyclingFtp { get; set; }
        [JsonPropertyName("cycling_workout_ftp")] public int? CyclingWorkoutFtp { get; set; }
        [JsonPropertyName("estimated_cycling_ftp")] public int? EstimatedCyclingFtp { get; set; }
        [JsonPropertyName("cycling_ftp_source")] public string? CyclingFtpSource { get; set; }
        [JsonPropertyName("default_max_heart_rate")] public int? DefaultMaxHeartRate { get; set; }
        [JsonPropertyName("customized_max_heart_rate")] public int? CustomizedMaxHeartRate { get; set; }

        [JsonPropertyName("default_heart_rate_zones")]
        [JsonConverter(typeof(ArrayOrNullConverter<double?>))]
        public List<double?>? DefaultHeartRateZones { get; set; }

        [JsonPropertyName("customized_heart_rate_zones")]
        [JsonConverter(typeof(ArrayOrNullConverter<double?>))]
        public List<double?>? CustomizedHeartRateZones { get; set; }

        [JsonPropertyName("workout_counts")]
        [JsonConverter(typeof(ArrayOrNullConverter<WorkoutCountDto>))]
        public List<WorkoutCountDto>? WorkoutCounts { get; set; }

        [JsonPropertyName("is_profile_private")] public bool? IsProfilePrivate { get; set; }
    }

    internal sealed class WorkoutCountDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }
        [JsonPropertyName("count")] public int? Count { get; set; }
    }
}
