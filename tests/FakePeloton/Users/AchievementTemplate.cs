using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakePeloton.Users;

/// <summary>An achievement a workout earned (achievement_templates[] of a workout detail, peloton-api.md 4.4).</summary>
internal sealed record AchievementTemplate(string Id, string Name, string Slug, string? ImageUrl, string? Description)
{
    public static AchievementTemplate From(JsonElement template) => new(
        template.OptionalString("id") ?? string.Empty,
        template.OptionalString("name") ?? string.Empty,
        template.OptionalString("slug") ?? string.Empty,
        template.OptionalString("image_url"),
        template.OptionalString("description"));

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["slug"] = Slug,
        ["image_url"] = ImageUrl,
        ["description"] = Description,
    };
}
