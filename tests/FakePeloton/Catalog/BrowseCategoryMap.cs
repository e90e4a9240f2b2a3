namespace FakePeloton.Catalog;

/// <summary>
/// Which classes each browse_category slug of GET /api/v2/ride/archived lists. Peloton does not document
/// the mapping; this one follows the app: Outdoor holds the audio running and walking classes (so Running
/// and Walking hold the rest), Bootcamp holds all three bootcamp disciplines, and Rowing's slug is
/// "caesar" with "rowing" accepted as an alias. Unknown slugs list nothing.
/// </summary>
internal static class BrowseCategoryMap
{
    private static readonly Dictionary<string, Func<FakeRide, bool>> Members = new(StringComparer.Ordinal)
    {
        ["cycling"] = Discipline("cycling"),
        ["running"] = ride => ride.FitnessDiscipline == "running" && !ride.IsOutdoor,
        ["walking"] = ride => ride.FitnessDiscipline == "walking" && !ride.IsOutdoor,
        ["outdoor"] = ride => ride.IsOutdoor,
        ["strength"] = Discipline("strength"),
        ["yoga"] = Discipline("yoga"),
        ["meditation"] = Discipline("meditation"),
        ["stretching"] = Discipline("stretching"),
        ["cardio"] = Discipline("cardio"),
        ["bootcamp"] = Discipline("circuit", "bike_bootcamp", "caesar_bootcamp"),
        ["bike_bootcamp"] = Discipline("bike_bootcamp"),
        ["caesar"] = Discipline("caesar"),
        ["rowing"] = Discipline("caesar"),
    };

    public static bool Contains(string slug, FakeRide ride) => Members.TryGetValue(slug, out var isMember) && isMember(ride);

    private static Func<FakeRide, bool> Discipline(params string[] disciplines) =>
        ride => disciplines.Contains(ride.FitnessDiscipline, StringComparer.Ordinal);
}
