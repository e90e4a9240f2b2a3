using System.Text.Json;

namespace FakePeloton.Catalog;

/// <summary>Writes the look-up arrays shared by the library page and metadata_mappings.</summary>
internal static class LookupWriter
{
    public static void WriteTables(Utf8JsonWriter writer, LookupTables lookups)
    {
        Raw(writer, "class_types", lookups.ClassTypesJson);
        Raw(writer, "ride_types", lookups.RideTypesJson);
        Raw(writer, "browse_categories", lookups.BrowseCategoriesJson);
        Raw(writer, "fitness_disciplines", lookups.FitnessDisciplinesJson);
    }

    public static void Raw(Utf8JsonWriter writer, string name, byte[] json)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(json, skipInputValidation: true);
    }
}
