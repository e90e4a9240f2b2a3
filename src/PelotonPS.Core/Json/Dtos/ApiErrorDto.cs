using System.Text.Json.Serialization;

namespace PelotonPS.Json.Dtos
{
    /// <summary>Both error shapes: the API's (status, error_code, message) and Auth0's (error, error_description).</summary>
    internal sealed class ApiErrorDto
    {
        [JsonPropertyName("status")] public int? Status { get; set; }
        [JsonPropertyName("error_code")] public int? ErrorCode { get; set; }
        [JsonPropertyName("message")] public string? Message { get; set; }
        [JsonPropertyName("error")] public string? Error { get; set; }
        [JsonPropertyName("error_description")] public string? ErrorDescription { get; set; }
    }
}
