using FakePeloton.Catalog;

namespace FakePeloton;

/// <summary>
/// The class library and instructors the fake serves: FakePelotonOptions.ClassCount synthetic classes plus
/// the five captured rides of the history's workouts. Read-only; the same options give the same catalog.
/// </summary>
public sealed class FakeCatalog
{
    private readonly Dictionary<string, FakeRide> _ridesById;
    private readonly Dictionary<string, FakeInstructor> _instructorsById;

    internal FakeCatalog(IReadOnlyList<FakeRide> classes, IReadOnlyList<FakeInstructor> instructors, LookupTables lookups)
    {
        Classes = classes;
        Instructors = instructors;
        Lookups = lookups;
        _ridesById = classes.ToDictionary(ride => ride.RideId, StringComparer.Ordinal);
        _instructorsById = instructors.ToDictionary(instructor => instructor.Id, StringComparer.Ordinal);
    }

    /// <summary>Every class, newest original_air_time first (ties by id): the library's default order.</summary>
    public IReadOnlyList<FakeRide> Classes { get; }

    /// <summary>The 34 instructors of instructors_page0.json in list_order.</summary>
    public IReadOnlyList<FakeInstructor> Instructors { get; }

    /// <summary>The class_types table, including types no class uses.</summary>
    public IReadOnlyList<FakeClassType> ClassTypes => Lookups.ClassTypes;

    /// <summary>The slugs of GET /api/browse_categories in list_order ("rowing" is also accepted as an alias of "caesar").</summary>
    public IReadOnlyList<string> BrowseCategorySlugs => Lookups.BrowseCategorySlugs;

    internal LookupTables Lookups { get; }

    public FakeRide? FindRide(string rideId) => _ridesById.GetValueOrDefault(rideId);

    public FakeInstructor? FindInstructor(string instructorId) => _instructorsById.GetValueOrDefault(instructorId);
}
