namespace FakePeloton.Catalog;

/// <summary>
/// The synthetic library's mix, per 100 classes. Instructors teach what their fixture disciplines say;
/// where the 2020 instructor list has nobody (walking, rowing, bike and row bootcamps) the plan names
/// the closest coaches: running coaches walk, and the three running-and-cycling coaches row and run the
/// bike and row bootcamps. Colleen Saidman Yee's "beyond_the_ride" (Floor) counts for yoga and stretching.
/// </summary>
internal static class ClassPlans
{
    /// <summary>The fixture's only scenic class type; inactive, but scenic rides still carry it.</summary>
    private const string ScenicCycling = "3e8b662199414382be3f4bed70634f6f";

    private static readonly string[] PedalingMetrics = ["heart_rate", "cadence", "calories"];
    private static readonly string[] TreadMetrics = ["heart_rate", "calories", "speed", "distance", "elevation"];
    private static readonly string[] FloorMetrics = ["heart_rate", "calories"];
    private static readonly string[] OutdoorMetrics = ["heart_rate", "calories", "distance"];

    public static IReadOnlyList<ClassPlan> All { get; } =
    [
        new("cycling", "cycling", "Cycling", "Ride", 29, [300, 600, 1200, 1200, 1800, 1800, 1800, 2700, 3600], TeachesAny("cycling"),
            Active("cycling"), false, PedalingMetrics, new("Ride", "cycling", "cycling", 8.0)),
        new("scenic", "cycling", "Cycling", "Ride", 1, [1200, 1800, 2700], null,
            type => type.Id == ScenicCycling, false, PedalingMetrics, new("Ride", "cycling", "cycling", 7.0)),
        new("running", "running", "Running", "Run", 10, [300, 600, 1200, 1800, 1800, 2700, 3600], TeachesAny("running"),
            Active("running"), false, TreadMetrics, new("Run", "running", "running", 9.5)),
        new("outdoor_running", "running", "Running", "Run", 2, [1200, 1800, 2700], TeachesAny("running"),
            Active("running", outdoor: true), true, OutdoorMetrics, new("Run", "running", "running", 9.0)),
        new("walking", "walking", "Walking", "Walk", 5, [600, 1200, 1800, 2700], TeachesAny("running"),
            Active("walking"), false, TreadMetrics, new("Walk", "walking", "running", 4.5)),
        new("outdoor_walking", "walking", "Walking", "Walk", 1, [1200, 1800, 2700], TeachesAny("running"),
            Active("walking", outdoor: true), true, OutdoorMetrics, new("Walk", "walking", "running", 4.0)),
        new("strength", "strength", "Strength", "Strength", 13, [300, 600, 600, 1200, 1200, 1800], TeachesAny("strength"),
            Active("strength"), false, FloorMetrics, new("Strength", "strength", "floor", 5.0)),
        new("yoga", "yoga", "Yoga", "Yoga", 8, [300, 600, 1200, 1800, 2700, 3600], TeachesAny("yoga", "beyond_the_ride"),
            Active("yoga"), false, FloorMetrics, new("Flow", "yoga", "floor", 3.0)),
        new("meditation", "meditation", "Meditation", "Meditation", 7, [300, 600, 600, 1200], TeachesAny("meditation"),
            Active("meditation"), false, ["heart_rate"], new("Meditation", "meditation", null, 1.0)),
        new("stretching", "stretching", "Stretching", "Stretch", 5, [300, 600, 600, 1200], TeachesAny("stretching", "beyond_the_ride"),
            Active("stretching"), false, FloorMetrics, new("Stretch", "stretching", null, 2.3)),
        new("cardio", "cardio", "Cardio", "Cardio", 4, [600, 1200, 1800], TeachesAny("cardio"),
            Active("cardio"), false, FloorMetrics, new("Cardio", "cardio", "floor", 7.0)),
        new("circuit", "circuit", "Bootcamp", "Bootcamp", 5, [1800, 2700, 3600], TeachesAny("circuit"),
            Active("circuit"), false, TreadMetrics, new("Circuit", "bootcamp", "running", 8.0)),
        new("bike_bootcamp", "bike_bootcamp", "Bike Bootcamp", "Bike Bootcamp", 2, [1800, 2700, 3600], TeachesAll("cycling", "circuit"),
            Active("bike_bootcamp"), false, PedalingMetrics, new("Circuit", "bootcamp", "cycling", 8.0)),
        new("caesar", "caesar", "Rowing", "Row", 6, [300, 600, 1200, 1800, 2700], TeachesAll("running", "cycling"),
            Active("caesar"), false, FloorMetrics, new("Row", "rowing", "caesar", 7.0)),
        new("caesar_bootcamp", "caesar_bootcamp", "Row Bootcamp", "Row Bootcamp", 2, [1800, 2700], TeachesAll("running", "cycling"),
            Active("caesar_bootcamp"), false, FloorMetrics, new("Circuit", "bootcamp", "caesar", 7.5)),
    ];

    private static Func<IReadOnlyList<string>, bool> TeachesAny(params string[] disciplines) =>
        taught => disciplines.Any(taught.Contains);

    private static Func<IReadOnlyList<string>, bool> TeachesAll(params string[] disciplines) =>
        taught => disciplines.All(taught.Contains);

    /// <summary>The active types of a discipline; the fixture marks outdoor ones by an "OUTDOOR" name prefix.</summary>
    private static Func<FakeClassType, bool> Active(string discipline, bool outdoor = false) =>
        type => type.IsActive
            && type.FitnessDiscipline == discipline
            && type.Name.StartsWith("OUTDOOR", StringComparison.Ordinal) == outdoor;
}
