using System.Text.Json.Serialization;

namespace PelotonPS.Persistence
{
    /// <summary>What -Persist saves: tokens, expiry, who, where and which client issued them. Never the password.</summary>
    internal sealed class PersistedSession
    {
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
        [JsonPropertyName("expires_at")] public long? ExpiresAt { get; set; }
        [JsonPropertyName("user_id")] public string? UserId { get; set; }
        [JsonPropertyName("username")] public string? Username { get; set; }
        [JsonPropertyName("client_id")] public string? ClientId { get; set; }
        [JsonPropertyName("api_base_uri")] public string? ApiBaseUri { get; set; }
        [JsonPropertyName("auth_base_uri")] public string? AuthBaseUri { get; set; }
        [JsonPropertyName("auth_flow")] public string? AuthFlow { get; set; }
        [JsonPropertyName("saved_at")] public long? SavedAt { get; set; }

        public override string ToString() => $"PersistedSession for {Username ?? UserId} (secrets hidden)";

        /// <summary>This session, if it has what a resume needs (a token, well-formed hosts, a plausible expiry); else null.</summary>
        public PersistedSession? ValidOrNull()
        {
            bool hosts = IsAbsolute(ApiBaseUri) && IsAbsolute(AuthBaseUri);
            bool expiry = ExpiresAt is null or (> 0 and < 253402300799);
            return !string.IsNullOrWhiteSpace(AccessToken) && hosts && expiry ? this : null;
        }

        private static bool IsAbsolute(string? uri) => uri is null || System.Uri.TryCreate(uri, System.UriKind.Absolute, out _);
    }
}
