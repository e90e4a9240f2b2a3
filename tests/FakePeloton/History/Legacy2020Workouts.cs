using System.Globalization;
using System.Text.Json.Nodes;

namespace FakePeloton.History;

/// <summary>
/// Details for the items of the 2020 history page (user_workouts_page0_2020.json), whose details were
/// never captured: each is the item plus a ride borrowed from a captured cycling detail.
/// </summary>
internal static class Legacy2020Workouts
{
    public static IEnumerable<(string Kind, JsonObject Detail)> From(JsonObject page, JsonObject cyclingRide)
    {
        var items = page["data"]?.AsArray() ?? throw new InvalidDataException("The 2020 page has no data array.");
        foreach (var item in items)
        {
            var detail = item!.DeepClone().AsObject();
            var discipline = (string?)detail["fitness_discipline"] ?? "cycling";
            detail["ride"] = RideFor(discipline, cyclingRide);
            yield return (KindOf(discipline), detail);
        }
    }

    /// <summary>
    /// The borrowed ride with its discipline changed. Non-cycling disciplines also get their own ride id,
    /// so that one ride id never names classes of two disciplines.
    /// </summary>
    private static JsonObject RideFor(string discipline, JsonObject cyclingRide)
    {
        var ride = cyclingRide.DeepClone().AsObject();
        ride["fitness_discipline"] = discipline;
        ride["fitness_discipline_display_name"] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(discipline);
        if (discipline != "cycling")
        {
            var id = SyntheticIds.Hex32("ride", discipline);
            ride["id"] = id;
            ride["live_stream_id"] = id + "-live";
            ride["vod_stream_id"] = id + "-vod";
        }

        return ride;
    }

    private static string KindOf(string discipline) => discipline switch
    {
        "cycling" => FakeWorkoutKinds.Cycling2020,
        "stretching" => FakeWorkoutKinds.Stretching2020,
        "meditation" => FakeWorkoutKinds.Meditation2020,
        _ => throw new InvalidDataException($"No 2020 kind for discipline '{discipline}'."),
    };
}
