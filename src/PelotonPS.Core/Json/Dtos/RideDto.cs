using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>A class ("ride"): GET /api/ride/{id}, the ride joined into workouts, and library items.</summary>
    internal sealed class RideDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("duration")] public int? Duration { get; set; }
        [JsonPropertyName("length")] public int? Length { get; set; }
        [JsonPropertyName("fitness_discipline")] public string? FitnessDiscipline { get; set; }
        [JsonPropertyName("fitness_discipline_display_name")] public string? FitnessDisciplineDisplayName { get; set; }
        [JsonPropertyName("instructor_id")] public string? InstructorId { get; set; }

        [JsonPropertyName("instructor")]
        [JsonConverter(typeof(ObjectOrNullConverter<InstructorDto>))]
        public InstructorDto? Instructor { get; set; }

        [JsonPropertyName("class_type_ids")]
        [JsonConverter(typeof(ArrayOrNullConverter<string?>))]
        public List<string?>? ClassTypeIds { get; set; }

        [JsonPropertyName("equipment_tags")]
        [JsonConverter(typeof(ArrayOrNullConverter<EquipmentTagDto>))]
        public List<EquipmentTagDto>? EquipmentTags { get; set; }

        [JsonPropertyName("difficulty_estimate")] public double? DifficultyEstimate { get; set; }
        [JsonPropertyName("difficulty_rating_avg")] public double? DifficultyRatingAvg { get; set; }
        [JsonPropertyName("difficulty_level")] public string? DifficultyLevel { get; set; }
        [JsonPropertyName("overall_rating_avg")] public double? OverallRatingAvg { get; set; }
        [JsonPropertyName("overall_rating_count")] public int? OverallRatingCount { get; set; }
        [JsonPropertyName("total_workouts")] public int? TotalWorkouts { get; set; }
        [JsonPropertyName("original_air_time")] public long? OriginalAirTime { get; set; }
        [JsonPropertyName("is_explicit")] public bool? IsExplicit { get; set; }
        [JsonPropertyName("has_closed_captions")] public bool? HasClosedCaptions { get; set; }
        [JsonPropertyName("language")] public string? Language { get; set; }
        [JsonPropertyName("image_url")] public string? ImageUrl { get; set; }
        [JsonPropertyName("distance")] public double? Distance { get; set; }
        [JsonPropertyName("distance_unit")] public string? DistanceUnit { get; set; }
        [JsonPropertyName("is_fixed_distance")] public bool? IsFixedDistance { get; set; }
        [JsonPropertyName("content_format")] public string? ContentFormat { get; set; }
        [JsonPropertyName("total_user_workouts")] public int? TotalUserWorkouts { get; set; }
        [JsonPropertyName("is_favorite")] public bool? IsFavorite { get; set; }

        [JsonPropertyName("metrics")]
        [JsonConverter(typeof(ArrayOrNullConverter<string?>))]
        public List<string?>? Metrics { get; set; }
    }

    internal sealed class EquipmentTagDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }
    }
}
