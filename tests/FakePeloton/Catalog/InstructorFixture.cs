using FakePeloton.History;

namespace FakePeloton.Catalog;

/// <summary>The instructors of instructors_page0.json (34, in list_order), each with its exact bytes.</summary>
internal static class InstructorFixture
{
    public static FakeInstructor[] Load(FixtureFiles files)
    {
        var page = files.ReadObject("instructors_page0.json");
        var data = page["data"]?.AsArray() ?? throw new InvalidDataException("instructors_page0.json has no data.");
        return data
            .Select(node => node!.AsObject())
            .OrderBy(instructor => (int?)instructor["list_order"] ?? int.MaxValue)
            .Select(instructor => new FakeInstructor(
                (string)instructor["id"]!,
                (string)instructor["name"]!,
                (string?)instructor["first_name"] ?? string.Empty,
                instructor["fitness_disciplines"]?.AsArray().Select(d => (string)d!).ToArray() ?? [],
                JsonBytes.Of(instructor)))
            .ToArray();
    }
}
