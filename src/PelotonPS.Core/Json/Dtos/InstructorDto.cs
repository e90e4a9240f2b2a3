using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>GET /api/instructor items, GET /api/instructor/{id}, and ride.instructor joins.</summary>
    internal sealed class InstructorDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("first_name")] public string? FirstName { get; set; }
        [JsonPropertyName("last_name")] public string? LastName { get; set; }
        [JsonPropertyName("username")] public string? Username { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("bio")] public string? Bio { get; set; }
        [JsonPropertyName("short_bio")] public string? ShortBio { get; set; }
        [JsonPropertyName("quote")] public string? Quote { get; set; }
        [JsonPropertyName("coach_type")] public string? CoachType { get; set; }
        [JsonPropertyName("image_url")] public string? ImageUrl { get; set; }
        [JsonPropertyName("is_visible")] public bool? IsVisible { get; set; }
        [JsonPropertyName("list_order")] public int? ListOrder { get; set; }
        [JsonPropertyName("instagram_profile")] public string? InstagramProfile { get; set; }
        [JsonPropertyName("twitter_profile")] public string? TwitterProfile { get; set; }
        [JsonPropertyName("strava_profile")] public string? StravaProfile { get; set; }
        [JsonPropertyName("spotify_playlist_uri")] public string? SpotifyPlaylistUri { get; set; }

        [JsonPropertyName("fitness_disciplines")]
        [JsonConverter(typeof(ArrayOrNullConverter<string?>))]
        public List<string?>? FitnessDisciplines { get; set; }
    }
}
