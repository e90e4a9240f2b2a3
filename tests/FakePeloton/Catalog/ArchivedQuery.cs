using System.Globalization;
using FakePeloton.Http;

namespace FakePeloton.Catalog;

/// <summary>
/// The filters and sort of GET /api/v2/ride/archived (peloton-api.md 4.8). A repeated or comma-separated
/// filter matches any of its values; a value the catalog does not know (or cannot parse) matches nothing.
/// Unknown sort_by values fall back to original_air_time.
/// </summary>
internal sealed class ArchivedQuery
{
    public const string DefaultSort = "original_air_time";

    /// <summary>
    /// Sort keys. Peloton does not say how it ranks "trending"; this fake uses total_following_workouts,
    /// which is made up per class, as a stand-in for recent popularity.
    /// </summary>
    private static readonly Dictionary<string, Func<FakeRide, double>> Sorts = new(StringComparer.Ordinal)
    {
        [DefaultSort] = ride => ride.OriginalAirTime.ToUnixTimeSeconds(),
        ["popularity"] = ride => ride.TotalWorkouts,
        ["top_rated"] = ride => ride.OverallRatingAvg,
        ["trending"] = ride => ride.TotalFollowingWorkouts,
        ["difficulty"] = ride => ride.DifficultyEstimate,
    };

    private static readonly (string Parameter, Func<FakeRide, string, bool> Matches)[] Filters =
    [
        ("browse_category", (ride, slug) => ride.IsInBrowseCategory(slug)),
        ("fitness_discipline", (ride, discipline) => ride.FitnessDiscipline == discipline),
        ("instructor_id", (ride, id) => ride.InstructorId == id),
        ("duration", (ride, seconds) => int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && ride.DurationSeconds == d),
        ("class_type_id", (ride, id) => ride.ClassTypeIds.Contains(id)),
        ("content_format", (ride, format) => ride.ContentFormat == format),
        ("has_closed_captions", (ride, flag) => bool.TryParse(flag, out var captioned) && ride.HasClosedCaptions == captioned),
    ];

    private readonly List<Func<FakeRide, bool>> _conditions = [];
    private readonly Func<FakeRide, double> _sortKey;
    private readonly bool _descending;

    private ArchivedQuery(FakeRequest request)
    {
        foreach (var (parameter, matches) in Filters)
        {
            var values = QueryLists.Values(request, parameter);
            if (values.Count > 0)
            {
                _conditions.Add(ride => values.Any(value => matches(ride, value)));
            }
        }

        // Free text is taken whole: commas in it are not list separators.
        if (request.QueryValue("q") is { Length: > 0 } text)
        {
            _conditions.Add(ride =>
                ride.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                || ride.Description.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        SortBy = request.QueryValue("sort_by") is { } sort && Sorts.ContainsKey(sort) ? sort : DefaultSort;
        _sortKey = Sorts[SortBy];
        _descending = !string.Equals(request.QueryValue("desc"), "false", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The sort applied, echoed as the envelope's sort_by.</summary>
    public string SortBy { get; }

    public static ArchivedQuery From(FakeRequest request) => new(request);

    /// <summary>
    /// The matching classes in order. Ties go newest first, then by id, so the order is total and paging
    /// through it returns every class exactly once.
    /// </summary>
    public FakeRide[] Apply(IEnumerable<FakeRide> classes)
    {
        var matching = classes.Where(ride => _conditions.TrueForAll(condition => condition(ride)));
        var sorted = _descending ? matching.OrderByDescending(_sortKey) : matching.OrderBy(_sortKey);
        return sorted
            .ThenByDescending(ride => ride.OriginalAirTime)
            .ThenBy(ride => ride.RideId, StringComparer.Ordinal)
            .ToArray();
    }
}
