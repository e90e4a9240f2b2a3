using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PelotonPS.Catalog
{
    /// <summary>A search of the class library (peloton-api.md 4.8), with the slice to return.</summary>
    internal sealed class LibraryQuery
    {
        public string? BrowseCategory { get; set; }

        public string? InstructorId { get; set; }

        public IReadOnlyCollection<int>? DurationMinutes { get; set; }

        public string? ClassTypeId { get; set; }

        public string? Text { get; set; }

        public ClassSort SortBy { get; set; } = ClassSort.OriginalAirTime;

        public bool Ascending { get; set; }

        public ulong Skip { get; set; }

        /// <summary>How many classes at most; the cmdlet sets 100 unless -First or -All says otherwise.</summary>
        public ulong First { get; set; } = ulong.MaxValue;

        /// <summary>The filter part of the query string, each parameter followed by '&amp;'.</summary>
        public string ToQueryString()
        {
            var query = new StringBuilder();
            Add(query, "browse_category", BrowseCategory);
            Add(query, "instructor_id", InstructorId);
            foreach (int minutes in DurationMinutes ?? Array.Empty<int>())
            {
                Add(query, "duration", (minutes * 60).ToString(CultureInfo.InvariantCulture));
            }

            Add(query, "class_type_id", ClassTypeId);
            Add(query, "q", Text);
            Add(query, "content_format", "audio,video");
            Add(query, "sort_by", SortSlug(SortBy));
            Add(query, "desc", Ascending ? "false" : "true");
            return query.ToString();
        }

        internal static string SortSlug(ClassSort sort) => sort switch
        {
            ClassSort.Popularity => "popularity",
            ClassSort.TopRated => "top_rated",
            ClassSort.Trending => "trending",
            ClassSort.Difficulty => "difficulty",
            _ => "original_air_time",
        };

        private static void Add(StringBuilder query, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
            }
        }
    }
}
