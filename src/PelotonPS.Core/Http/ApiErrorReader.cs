using System;
using System.Text.Json;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Http
{
    /// <summary>Pulls the message out of an error body: the API's {message, error_code} or Auth0's {error_description}.</summary>
    internal static class ApiErrorReader
    {
        private const int MaxMessageLength = 300;

        public static (string? Message, int? ErrorCode) Read(byte[] body)
        {
            if (body.Length == 0)
            {
                return (null, null);
            }

            try
            {
                ApiErrorDto error = PelotonJson.Deserialize<ApiErrorDto>(body);
                string? message = error.Message ?? error.ErrorDescription ?? error.Error;
                return (Shorten(message), error.ErrorCode);
            }
            catch (JsonException)
            {
                // An HTML page (Cloudflare, a removed endpoint): say so rather than quote markup.
                return (LooksLikeHtml(body) ? "the answer was an HTML page, not JSON" : null, null);
            }
        }

        private static bool LooksLikeHtml(byte[] body)
        {
            string start = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64)).TrimStart();
            return start.StartsWith("<", StringComparison.Ordinal);
        }

        private static string? Shorten(string? message)
            => message is { Length: > MaxMessageLength } ? message.Substring(0, MaxMessageLength) + "..." : message;
    }
}
