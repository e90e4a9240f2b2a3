using System.Text.Json.Nodes;
using FakePeloton.History;

namespace FakePeloton.Catalog.Details;

/// <summary>A strength movement in the documented shape (peloton-api.md 4.7); muscle groups from most to least worked.</summary>
internal sealed record Movement(string? FixedId, string Name, string SkillLevel, (string Slug, string DisplayName)[] MuscleGroups)
{
    public string Slug => Name.ToLowerInvariant().Replace(' ', '_');

    public JsonObject ToJson() => new()
    {
        ["id"] = FixedId ?? SyntheticIds.Hex32("movement", Slug),
        ["name"] = Name,
        ["slug"] = Slug,
        ["skill_level"] = SkillLevel,
        ["muscle_groups"] = new JsonArray([.. MuscleGroups.Select((group, i) => new JsonObject
        {
            ["muscle_group"] = group.Slug,
            ["display_name"] = group.DisplayName,
            ["ranking"] = i + 1,
        })]),
    };
}
