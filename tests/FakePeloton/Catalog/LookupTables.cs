using System.Text.Json.Nodes;

namespace FakePeloton.Catalog;

/// <summary>
/// The look-up arrays of the library, metadata_mappings and browse_categories responses: the schedule
/// fixture's tables plus <see cref="InventedLookups"/>, serialised once.
/// </summary>
internal sealed class LookupTables
{
    private LookupTables(JsonArray classTypes, JsonArray rideTypes, JsonArray browseCategories, JsonArray fitnessDisciplines)
    {
        ClassTypes = classTypes.Select(row => new FakeClassType(
            (string)row!["id"]!,
            (string)row["name"]!,
            ((string)row["display_name"]!).Trim(),
            (string)row["fitness_discipline"]!,
            (bool)row["is_active"]!,
            (int)row["list_order"]!)).ToArray();
        ClassTypeJsonById = classTypes.ToDictionary(row => (string)row!["id"]!, JsonBytes.Of, StringComparer.Ordinal);
        BrowseCategorySlugs = browseCategories.Select(row => (string)row!["slug"]!).ToArray();
        ClassTypesJson = JsonBytes.Of(classTypes);
        RideTypesJson = JsonBytes.Of(rideTypes);
        BrowseCategoriesJson = JsonBytes.Of(browseCategories);
        FitnessDisciplinesJson = JsonBytes.Of(fitnessDisciplines);
    }

    public IReadOnlyList<FakeClassType> ClassTypes { get; }

    /// <summary>Each class type row on its own, for the class_types of a ride's details.</summary>
    public IReadOnlyDictionary<string, byte[]> ClassTypeJsonById { get; }

    /// <summary>In list_order.</summary>
    public IReadOnlyList<string> BrowseCategorySlugs { get; }

    public byte[] ClassTypesJson { get; }

    public byte[] RideTypesJson { get; }

    public byte[] BrowseCategoriesJson { get; }

    public byte[] FitnessDisciplinesJson { get; }

    public static LookupTables Load(JsonObject schedule)
    {
        var classTypes = Table(schedule, "class_types");
        var rideTypes = Table(schedule, "ride_types");
        var invented = InventedLookups.ClassTypes(firstListOrder: classTypes.Count + 1).ToArray();

        // The capture's ride_types mirror its class_types row for row, so the invented rows go into both.
        return new LookupTables(
            [.. classTypes.Select(Clone), .. invented.Select(Clone)],
            [.. rideTypes.Select(Clone), .. invented],
            [.. Table(schedule, "browse_categories").Select(Clone).Concat(InventedLookups.BrowseCategories()).OrderBy(row => (int)row["list_order"]!)],
            [.. Table(schedule, "fitness_disciplines").Select(Clone), .. InventedLookups.FitnessDisciplines()]);
    }

    private static JsonArray Table(JsonObject schedule, string name) =>
        schedule[name]?.AsArray() ?? throw new InvalidDataException($"The schedule fixture has no '{name}' table.");

    private static JsonObject Clone(JsonNode? row) => row!.DeepClone().AsObject();
}
