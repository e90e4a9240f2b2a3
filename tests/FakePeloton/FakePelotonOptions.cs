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

    /// <summary>Each request also waits a uniformly random extra of zero to this; read per request like Latency.</summary>
    public TimeSpan LatencyJitter { get; set; } = TimeSpan.Zero;

    /// <summary>Initial FakeFaults.Rate (the standalone --fault-rate); FakePelotonState.Faults can change it later.</summary>
    public double FaultRate { get; set; }

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

    /// <summary>
    /// Synthetic classes in the library (FakePelotonState.Catalog), besides the five captured rides. The
    /// newest airs a day before NewestWorkoutStart, each older one 13 hours earlier.
    /// </summary>
    public int ClassCount { get; set; } = 300;

    /// <summary>
    /// Users besides the signed-in one. By default a public "pubrider" with 25 workouts and a private
    /// "quietrider" (40 workouts the API never shows).
    /// </summary>
    public IList<FakeUser> OtherUsers { get; set; } =
    [
        new() { Id = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", Username = "pubrider", WorkoutCount = 25 },
        new() { Id = "cccccccccccccccccccccccccccccccc", Username = "quietrider", IsProfilePrivate = true, WorkoutCount = 40 },
    ];

    // The fake Auth0 login server (peloton-api.md 2.1); runtime faults live on FakePelotonState.Auth.

    /// <summary>The account's e-mail address, accepted as the login's username in any letter case.</summary>
    public string Email { get; set; } = "jdoe@example.com";

    public string Password { get; set; } = "correct horse battery staple";

    /// <summary>Initial lifetime (and expires_in) of issued access tokens; FakePelotonState.Auth can change it later.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>The only client allowed at /authorize and for the authorization code grant; refused the password grant.</summary>
    public string WebClientId { get; set; } = "WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM";

    /// <summary>The client allowed the password grant (flow B).</summary>
    public string MobileClientId { get; set; } = "mgsmWCD0A8Qn6uz6mmqI6qeBNHH9IPwS";

    /// <summary>The only redirect_uri accepted; the code is delivered there and never loaded.</summary>
    public string RedirectUri { get; set; } = "https://members.onepeloton.com/callback";

    public string Tenant { get; set; } = "peloton-prod";

    public string Connection { get; set; } = "pelo-user-password";

    /// <summary>The aud claim of issued access tokens.</summary>
    public string Audience { get; set; } = "https://api.onepeloton.com/";
}
