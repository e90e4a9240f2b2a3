using System.Text.Json.Nodes;
using FakePeloton.History;

namespace FakePeloton.Catalog;

/// <summary>
/// The classes of the captured workouts, as their fixtures have them minus the joined instructor, so that
/// /api/ride/{id} answers for the workouts of the history. Left out: the made-up ride ids of the 2020
/// stretching and meditation items (Legacy2020Workouts), whose rides keep a cycling class's title and
/// class type, and the Just Ride and Peloton Gym variants, which have no class (404 by design).
/// </summary>
internal static class CapturedRides
{
    private static readonly string[] Details =
    [
        "workout_cycling_power_hr.json",
        "workout_cycling_2024.json",
        "workout_meditation.json",
        "workout_running_no_metrics.json",
    ];

    public static IEnumerable<JsonObject> Load(FixtureFiles files)
    {
        foreach (var file in Details)
        {
            yield return RideOf(files.ReadObject(file), file);
        }

        var rowerItem = files.ReadObject("user_workouts_page0_rower_2022.json")["data"]?[0]?.AsObject()
            ?? throw new InvalidDataException("The rower page has no item.");
        yield return RideOf(rowerItem, "user_workouts_page0_rower_2022.json");
    }

    private static JsonObject RideOf(JsonObject workout, string file)
    {
        var ride = workout["ride"]?.DeepClone().AsObject() ?? throw new InvalidDataException($"{file} has no ride.");
        ride.Remove("instructor");
        return ride;
    }
}
