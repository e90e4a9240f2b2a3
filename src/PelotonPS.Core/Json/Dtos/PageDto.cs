using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PelotonPS.Json.Dtos
{
    /// <summary>Peloton's paging envelope (data, page, page_count, total, ...), shared by every paged list.</summary>
    internal class PageDto<T>
    {
        [JsonPropertyName("data")] public List<T>? Data { get; set; }

        [JsonPropertyName("limit")] public int? Limit { get; set; }
        [JsonPropertyName("page")] public int? Page { get; set; }
        [JsonPropertyName("total")] public int? Total { get; set; }
        [JsonPropertyName("count")] public int? Count { get; set; }
        [JsonPropertyName("page_count")] public int? PageCount { get; set; }
        [JsonPropertyName("show_next")] public bool? ShowNext { get; set; }
    }
}
