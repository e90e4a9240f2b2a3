using System.Text;
using System.Text.Json;
using FakePeloton.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// The fields of a login request body. Auth0 takes JSON and form bodies alike, and clients use both
/// (peloton-api.md 2.5), so routes read fields without caring which one came.
/// </summary>
internal static class RequestFields
{
    /// <summary>By name; null when the body is neither a JSON object nor a form.</summary>
    public static IReadOnlyDictionary<string, string>? Read(FakeRequest request)
    {
        var contentType = request.Header("content-type") ?? string.Empty;
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(request.Body);
        }

        return contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            ? QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body)).ToDictionary(field => field.Key, field => field.Value.ToString())
            : null;
    }

    private static Dictionary<string, string>? ReadJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // Non-string members keep their JSON text, so a stray number still reaches the checks.
            return document.RootElement.EnumerateObject()
                .Where(member => member.Value.ValueKind != JsonValueKind.Null)
                .GroupBy(member => member.Name)
                .ToDictionary(
                    group => group.Key,
                    group => group.Last().Value is { ValueKind: JsonValueKind.String } text ? text.GetString()! : group.Last().Value.GetRawText());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
