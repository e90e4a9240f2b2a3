namespace FakePeloton;

/// <summary>One instructor of instructors_page0.json, as GET /api/instructor/{id} serves it.</summary>
public sealed class FakeInstructor
{
    internal FakeInstructor(string id, string name, string firstName, IReadOnlyList<string> fitnessDisciplines, byte[] json)
    {
        Id = id;
        Name = name;
        FirstName = firstName;
        FitnessDisciplines = fitnessDisciplines;
        Json = json;
    }

    public string Id { get; }

    /// <summary>Full name, e.g. "Matt Wilpers".</summary>
    public string Name { get; }

    public string FirstName { get; }

    /// <summary>The disciplines the fixture lists for the instructor, e.g. ["running", "cycling", "circuit"].</summary>
    public IReadOnlyList<string> FitnessDisciplines { get; }

    /// <summary>The exact body of GET /api/instructor/{id}.</summary>
    public byte[] Json { get; }
}
