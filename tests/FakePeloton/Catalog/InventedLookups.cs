using System.Text.Json.Nodes;
using FakePeloton.History;

namespace FakePeloton.Catalog;

/// <summary>
/// Look-up rows the 2020 schedule capture predates: rowing ("caesar"), bike and row bootcamps, and the
/// Outdoor, Rowing and Bike Bootcamp browse categories. Names follow the app; ids are made up, except the
/// rowing class type of the captured rower class (user_workouts_page0_rower_2022.json).
/// </summary>
internal static class InventedLookups
{
    /// <summary>The class_type_ids of the captured "10 min Form &amp; Drills Row".</summary>
    private const string RowerFormAndDrills = "10e246846d2245eb8e26e50f06377e73";

    private const string ImageHost = "https://browse-categories-images-prod.s3.amazonaws.com/";

    public static IEnumerable<JsonObject> ClassTypes(int firstListOrder)
    {
        (string Discipline, string Name, string DisplayName)[] rows =
        [
            ("caesar", "Form & Drills (Rowing)", "Form & Drills"),
            ("caesar", "Endurance (Rowing)", "Endurance"),
            ("caesar", "Intervals (Rowing)", "Intervals"),
            ("caesar", "Power Zone (Rowing)", "Power Zone"),
            ("caesar", "Sweat Steady (Rowing)", "Sweat Steady"),
            ("caesar", "Beginner (Rowing)", "Beginner"),
            ("bike_bootcamp", "Full Body (Bike Bootcamp)", "Full Body"),
            ("bike_bootcamp", "Upper Body (Bike Bootcamp)", "Upper Body"),
            ("bike_bootcamp", "Lower Body (Bike Bootcamp)", "Lower Body"),
            ("caesar_bootcamp", "Full Body (Row Bootcamp)", "Full Body"),
            ("caesar_bootcamp", "Upper Body (Row Bootcamp)", "Upper Body"),
        ];
        return rows.Select((row, i) => new JsonObject
        {
            ["id"] = i == 0 ? RowerFormAndDrills : SyntheticIds.Hex32("class_type", row.Name),
            ["name"] = row.Name,
            ["display_name"] = row.DisplayName,
            ["fitness_discipline"] = row.Discipline,
            ["is_active"] = true,
            ["list_order"] = firstListOrder + i,
        });
    }

    public static IEnumerable<JsonObject> FitnessDisciplines() =>
    [
        new() { ["id"] = "caesar", ["name"] = "Rowing" },
        new() { ["id"] = "bike_bootcamp", ["name"] = "Bike Bootcamp" },
        new() { ["id"] = "caesar_bootcamp", ["name"] = "Row Bootcamp" },
    ];

    /// <summary>Outdoor takes the list_order the capture leaves free (1); the others go last.</summary>
    public static IEnumerable<JsonObject> BrowseCategories() =>
    [
        BrowseCategory("Outdoor", "outdoor", 1),
        BrowseCategory("Rowing", "caesar", 10),
        BrowseCategory("Bike Bootcamp", "bike_bootcamp", 11),
    ];

    private static JsonObject BrowseCategory(string name, string slug, int listOrder) => new()
    {
        ["id"] = SyntheticIds.Hex32("browse_category", slug),
        ["name"] = name,
        ["slug"] = slug,
        ["list_order"] = listOrder,
        ["icon_url"] = ImageHost + SyntheticIds.Hex32("browse_category_icon", slug),
        ["portal_image_url"] = ImageHost + SyntheticIds.Hex32("browse_category_portal", slug),
    };
}
