using System.Text.Json;

namespace FakePeloton.Users;

/// <summary>Tolerant reads of members that may be missing or of another type (peloton-api.md 3.5).</summary>
internal static class JsonElementReading
{
    public static string? OptionalString(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static double? OptionalNumber(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static JsonElement? OptionalMember(this JsonElement element, string name, JsonValueKind kind) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;
}
