namespace FakePeloton.Catalog;

/// <summary>The catalog's constant response bodies, serialised once.</summary>
internal static class CatalogDocuments
{
    /// <summary>
    /// GET /api/ride/metadata_mappings: all instructors and the look-up tables. The real shape is unverified
    /// (peloton-api.md 4.10); these are the members clients read.
    /// </summary>
    public static byte[] MetadataMappings(FakeCatalog catalog) => JsonBytes.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("instructors");
        foreach (var instructor in catalog.Instructors)
        {
            writer.WriteRawValue(instructor.Json, skipInputValidation: true);
        }

        writer.WriteEndArray();
        LookupWriter.WriteTables(writer, catalog.Lookups);
        writer.WriteEndObject();
    });

    /// <summary>GET /api/browse_categories: {"browse_categories": [...]} in list_order.</summary>
    public static byte[] BrowseCategories(FakeCatalog catalog) => JsonBytes.Write(writer =>
    {
        writer.WriteStartObject();
        LookupWriter.Raw(writer, "browse_categories", catalog.Lookups.BrowseCategoriesJson);
        writer.WriteEndObject();
    });
}
