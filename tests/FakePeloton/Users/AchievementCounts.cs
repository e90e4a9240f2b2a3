using System.Text.Json.Nodes;

namespace FakePeloton.Users;

/// <summary>achievement_counts of the overview: how often each achievement appears on the history's workout details.</summary>
internal static class AchievementCounts
{
    public static IReadOnlyList<(AchievementTemplate Template, int Count)> Of(IReadOnlyList<FakeWorkout> workouts) =>
        workouts
            .SelectMany(w => WorkoutFacts.Of(w).Achievements)
            .GroupBy(template => template.Id, StringComparer.Ordinal)
            .Select(g => (Template: g.First(), Count: g.Count()))
            .OrderByDescending(a => a.Count)
            .ThenBy(a => a.Template.Slug, StringComparer.Ordinal)
            .ToArray();

    public static JsonObject ToJson(IReadOnlyList<(AchievementTemplate Template, int Count)> achievements) => new()
    {
        ["total_count"] = achievements.Sum(a => a.Count),
        ["achievements"] = new JsonArray([.. achievements.Select(a => new JsonObject { ["count"] = a.Count, ["template"] = a.Template.ToJson() })]),
    };
}
