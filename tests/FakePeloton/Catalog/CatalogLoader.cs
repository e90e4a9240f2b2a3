using FakePeloton.Catalog.Details;
using FakePeloton.History;

namespace FakePeloton.Catalog;

/// <summary>Builds the <see cref="FakeCatalog"/> from the fixtures and options, once at start.</summary>
internal static class CatalogLoader
{
    public static FakeCatalog Load(FixtureFiles files, FakePelotonOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.ClassCount);
        var schedule = files.ReadObject("ride_live_schedule_cycling.json");
        var lookups = LookupTables.Load(schedule);
        var instructors = InstructorFixture.Load(files);
        var templates = schedule["rides"]?.AsArray() ?? throw new InvalidDataException("The schedule fixture has no rides.");

        // The newest class airs a day before the newest workout, so the library moves with the history.
        var synthetic = SyntheticClasses.Build(options.ClassCount, options.NewestWorkoutStart.AddDays(-1), templates, lookups, instructors)
            .Select(made => new FakeRide(made.Ride, made.Extras, isCaptured: false, Details));
        var captured = CapturedRides.Load(files)
            .Select(ride => new FakeRide(ride, LibraryExtras.Roll(new Dice((string)ride["id"]!), taken: true), isCaptured: true, Details));
        var classes = synthetic.Concat(captured)
            .OrderByDescending(ride => ride.OriginalAirTime)
            .ThenBy(ride => ride.RideId, StringComparer.Ordinal)
            .ToArray();
        return new FakeCatalog(classes, instructors, lookups);

        byte[] Details(FakeRide ride) => RideDetails.Write(ride, lookups);
    }
}
