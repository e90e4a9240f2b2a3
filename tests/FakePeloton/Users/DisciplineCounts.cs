using System.Globalization;
using System.Text.Json.Nodes;

namespace FakePeloton.Users;

/// <summary>
/// workout_counts rows ({name, slug, count, icon_url}) for a history: me.json's disciplines in its order,
/// then the rowing and bootcamp disciplines it predates, then any other discipline found.
/// </summary>
internal static class DisciplineCounts
{
    private static readonly (string Slug, string Name)[] Known =
    [
        ("cardio", "Cardio"), ("circuit", "Bootcamp"), ("yoga", "Yoga"), ("strength", "Strength"), ("walking", "Walking"),
        ("running", "Running"), ("stretching", "Stretching"), ("cycling", "Cycling"), ("meditation", "Meditation"),
        ("caesar", "Rowing"), ("bike_bootcamp", "Bike Bootcamp"), ("caesar_bootcamp", "Row Bootcamp"),
    ];

    /// <summary>Every known discipline, zeros included, by slug in row order.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Of(IReadOnlyList<FakeWorkout> workouts)
    {
        var counts = workouts.GroupBy(w => WorkoutFacts.Of(w).Discipline).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var known = Known.Select(k => k.Slug).ToHashSet(StringComparer.Ordinal);
        return Known.Select(k => k.Slug)
            .Concat(counts.Keys.Where(slug => !known.Contains(slug)).Order(StringComparer.Ordinal))
            .Select(slug => new KeyValuePair<string, int>(slug, counts.GetValueOrDefault(slug)))
            .ToArray();
    }

    public static JsonArray ToJson(IReadOnlyList<KeyValuePair<string, int>> counts) =>
    [
        .. counts.Select(count => new JsonObject
        {
            ["name"] = NameOf(count.Key),
            ["slug"] = count.Key,
            ["count"] = count.Value,
            ["icon_url"] = $"https://s3.amazonaws.com/static-cdn.pelotoncycle.com/workout-count-icons/{(count.Value > 0 ? "nonzero" : "zero")}-{count.Key}2.png",
        }),
    ];

    private static string NameOf(string slug) =>
        Array.Find(Known, k => k.Slug == slug) is { Slug: not null } known
            ? known.Name
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('_', ' '));
}
