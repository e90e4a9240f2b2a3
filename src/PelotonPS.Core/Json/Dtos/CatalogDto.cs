using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>GET /api/v2/ride/archived: a page of classes with the look-up tables that name their ids.</summary>
    internal sealed class LibraryPageDto : PageDto<RideDto>
    {
        [JsonPropertyName("instructors")]
        [JsonConverter(typeof(ArrayOrNullConverter<InstructorDto>))]
        public List<InstructorDto>? Instructors { get; set; }

        [JsonPropertyName("class_types")]
        [JsonConverter(typeof(ArrayOrNullConverter<ClassTypeDto>))]
        public List<ClassTypeDto>? ClassTypes { get; set; }
    }

    /// <summary>GET /api/ride/metadata_mappings: the look-up tables (only what PelotonPS reads).</summary>
    internal sealed class MetadataMappingsDto
    {
        [JsonPropertyName("instructors")]
        [JsonConverter(typeof(ArrayOrNullConverter<InstructorDto>))]
        public List<InstructorDto>? Instructors { get; set; }

        [JsonPropertyName("class_types")]
        [JsonConverter(typeof(ArrayOrNullConverter<ClassTypeDto>))]
        public List<ClassTypeDto>? ClassTypes { get; set; }
    }

    /// <summary>GET /api/browse_categories.</summary>
    internal sealed class BrowseCategoriesDto
    {
        [JsonPropertyName("browse_categories")]
        [JsonConverter(typeof(ArrayOrNullConverter<BrowseCategoryDto>))]
        public List<BrowseCategoryDto>? BrowseCategories { get; set; }
    }

    internal sealed class ClassTypeDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("display_name")] public string? DisplayName { get; set; }
        [JsonPropertyName("fitness_discipline")] public string? FitnessDiscipline { get; set; }
    }

    internal sealed class BrowseCategoryDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }
    }
}
