using System;
using System.Text;
using System.Text.Json;

namespace PelotonPS.Auth
{
    /// <summary>Reads the exp claim of a JWT locally (no signature check: it only plans the refresh).</summary>
    internal static class JwtExpiry
    {
        public static DateTimeOffset? TryRead(string token)
        {
            string[] parts = token.Split('.');
            if (parts.Length != 3)
            {
                return null;
            }

            try
            {
                using JsonDocument payload = JsonDocument.Parse(Base64UrlDecode(parts[1]));
                return payload.RootElement.ValueKind == JsonValueKind.Object
                    && payload.RootElement.TryGetProperty("exp", out JsonElement exp)
                    && exp.ValueKind == JsonValueKind.Number
                    && exp.TryGetInt64(out long seconds)
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : null;
            }
            catch (Exception ex) when (ex is FormatException or JsonException or ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        internal static byte[] Base64UrlDecode(string text)
        {
            string base64 = text.Replace('-', '+').Replace('_', '/');
            base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
            return Convert.FromBase64String(base64);
        }

        internal static string Base64UrlEncode(byte[] bytes)
            => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        internal static string Base64UrlEncode(string text) => Base64UrlEncode(Encoding.UTF8.GetBytes(text));
    }
}
