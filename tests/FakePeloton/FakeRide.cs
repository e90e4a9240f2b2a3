using System.Text.Json.Nodes;
using FakePeloton.Catalog;

namespace FakePeloton;

/// <summary>
/// One class of the library: a synthetic one or a ride captured in a workout fixture. The values here are
/// read back from the served JSON, so tests can compute what a filter or sort should return.
/// </summary>
public sealed class FakeRide
{
    private readonly Lazy<byte[]> _details;

    internal FakeRide(JsonObject ride, LibraryExtras extras, bool isCaptured, Func<FakeRide, byte[]> buildDetails)
    {
        RideId = Text(ride, "id");
        Title = Text(ride, "title");
        Description = (string?)ride["description"] ?? string.Empty;
        FitnessDiscipline = Text(ride, "fitness_discipline");
        InstructorId = (string?)ride["instructor_id"];
        DurationSeconds = (int?)ride["duration"] ?? 0;
        PedalingStartOffset = (int?)ride["pedaling_start_offset"] ?? 0;
        ClassTypeIds = ride["class_type_ids"]?.AsArray().Select(id => (string)id!).ToArray() ?? [];
        OriginalAirTime = DateTimeOffset.FromUnixTimeSeconds((long?)ride["original_air_time"] ?? 0);
        DifficultyEstimate = (double?)ride["difficulty_estimate"] ?? 0;
        OverallRatingAvg = (double?)ride["overall_rating_avg"] ?? 0;
        TotalWorkouts = (int?)ride["total_workouts"] ?? 0;
        HasClosedCaptions = (bool?)ride["has_closed_captions"] ?? false;
        IsOutdoor = (bool?)ride["is_outdoor"] ?? false;
        IsExplicit = (bool?)ride["is_explicit"] ?? false;
        ContentFormat = (string?)ride["content_format"] ?? string.Empty;
        TotalFollowingWorkouts = extras.TotalFollowingWorkouts;
        IsFavorite = extras.IsFavorite;
        IsCaptured = isCaptured;

        Json = JsonBytes.Of(ride);
        var item = ride.DeepClone().AsObject();
        extras.AddTo(item);
        LibraryItemJson = JsonBytes.Of(item);
        _details = new Lazy<byte[]>(() => buildDetails(this));
    }

    /// <summary>32-hex id, as in /api/ride/{id} and a workout's ride.id.</summary>
    public string RideId { get; }

    /// <summary>e.g. "30 min Power Zone Ride".</summary>
    public string Title { get; }

    public string Description { get; }

    /// <summary>Discipline slug: cycling, running, walking, strength, yoga, meditation, stretching, cardio, circuit, bike_bootcamp, caesar or caesar_bootcamp.</summary>
    public string FitnessDiscipline { get; }

    /// <summary>Null for scenic rides; otherwise one of <see cref="FakeCatalog.Instructors"/> (the captured rower class aside).</summary>
    public string? InstructorId { get; }

    /// <summary>The class length without intro (the ride's duration), e.g. 1800.</summary>
    public int DurationSeconds { get; }

    public IReadOnlyList<string> ClassTypeIds { get; }

    public DateTimeOffset OriginalAirTime { get; }

    public double DifficultyEstimate { get; }

    public double OverallRatingAvg { get; }

    public int TotalWorkouts { get; }

    /// <summary>Library extra; also the sort key of sort_by=trending.</summary>
    public int TotalFollowingWorkouts { get; }

    /// <summary>Library extra (is_favorite).</summary>
    public bool IsFavorite { get; }

    public bool HasClosedCaptions { get; }

    /// <summary>Outdoor (audio) running and walking classes: the "outdoor" browse category.</summary>
    public bool IsOutdoor { get; }

    public bool IsExplicit { get; }

    /// <summary>"video" or "audio".</summary>
    public string ContentFormat { get; }

    /// <summary>True for the rides copied from the workout fixtures; false for synthetic classes.</summary>
    public bool IsCaptured { get; }

    /// <summary>The exact body of GET /api/ride/{id}.</summary>
    public byte[] Json { get; }

    /// <summary>The item of GET /api/v2/ride/archived: the ride plus total_user_workouts, total_following_workouts and is_favorite.</summary>
    public byte[] LibraryItemJson { get; }

    /// <summary>The exact body of GET /api/ride/{id}/details; built on first use.</summary>
    public byte[] DetailsJson => _details.Value;

    /// <summary>Seconds from the start of the video to the start of the class.</summary>
    internal int PedalingStartOffset { get; }

    /// <summary>Whether GET /api/v2/ride/archived?browse_category={slug} lists this class; see <see cref="FakeCatalog.BrowseCategorySlugs"/>.</summary>
    public bool IsInBrowseCategory(string slug) => BrowseCategoryMap.Contains(slug, this);

    private static string Text(JsonObject ride, string name) =>
        (string?)ride[name] ?? throw new InvalidDataException($"Ride has no '{name}'.");
}
