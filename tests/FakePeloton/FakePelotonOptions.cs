namespace FakePeloton;

/// <summary>What the fake serves. The same options always produce the same bytes (tokens aside).</summary>
public sealed class FakePelotonOptions
{
    /// <summary>Size of the synthetic workout history.</summary>
    public int WorkoutCount { get; set; } = 60;

    /// <summary>The signed-in user's id; me.json's anonymised id by default.</summary>
    public string UserId { get; set; } = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    /// <summary>The signed-in user's username; me.json's by default.</summary>
    public string Username { get; set; } = "jdoe";

    /// <summary>Added before each response. Read per request, so a test may change it while the server runs.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Where the fixture files are; default: <c>&lt;AppContext.BaseDirectory&gt;/Fixtures</c>.</summary>
    public string? FixturesDirectory { get; set; }

    /// <summary>created_at of workout 0; each older workout starts 19 hours before the next.</summary>
    public DateTimeOffset NewestWorkoutStart { get; set; } = new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Makes workout 0 an "in_progress" one (status IN_PROGRESS, end_time null). The rest of the history
    /// moves down one place, so the oldest generated workout drops out and the total stays WorkoutCount.
    /// </summary>
    public bool NewestInProgress { get; set; }

    /// <summary>A fixed demo access token (e.g. for the README's quick start); by default a random one.</summary>
    public string? DemoToken { get; set; }
}
