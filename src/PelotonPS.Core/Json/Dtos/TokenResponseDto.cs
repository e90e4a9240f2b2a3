using System.Text.Json.Serialization;

namespace PelotonPS.Json.Dtos
{
    /// <summary>The answer of POST /oauth/token: tokens on success, Auth0's error members otherwise.</summary>
    internal sealed class TokenResponseDto
    {
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
        [JsonPropertyName("id_token")] public string? IdToken { get; set; }
        [JsonPropertyName("expires_in")] public long? ExpiresIn { get; set; }
        [JsonPropertyName("token_type")] public string? TokenType { get; set; }
        [JsonPropertyName("error")] public string? Error { get; set; }
        [JsonPropertyName("error_description")] public string? ErrorDescription { get; set; }

        public override string ToString() => "TokenResponse (secrets hidden)";
    }
}
