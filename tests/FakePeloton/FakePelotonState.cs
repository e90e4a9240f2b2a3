using System.Security.Cryptography;
using FakePeloton.History;
using FakePeloton.Tokens;

namespace FakePeloton;

/// <summary>The fake's data: valid tokens, login faults and the workout history. Tests may change them while it runs.</summary>
public sealed class FakePelotonState
{
    /// <summary>Workout i starts this long before workout i - 1.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromHours(19);

    private readonly Lock _historyGate = new();
    private readonly WorkoutGenerator _generator;
    private volatile HistorySnapshot _history;
    private int _nextSequence;

    internal FakePelotonState(FakePelotonOptions options, WorkoutTemplateCatalog catalog)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.WorkoutCount);
        Tokens = new TokenIssuer(options);
        Auth = new FakeAuthSwitches(Tokens);
        Faults = new FakeFaults { Rate = options.FaultRate };
        _generator = new WorkoutGenerator(catalog, options.UserId);

        var workouts = new FakeWorkout[options.WorkoutCount];
        var firstGenerated = options.NewestInProgress && workouts.Length > 0 ? 1 : 0;
        if (firstGenerated == 1)
        {
            workouts[0] = _generator.GenerateInProgress(options.NewestWorkoutStart);
        }

        for (var i = firstGenerated; i < workouts.Length; i++)
        {
            workouts[i] = _generator.Generate(i - firstGenerated, options.NewestWorkoutStart - (i * Spacing));
        }

        _nextSequence = workouts.Length - firstGenerated;
        _history = new HistorySnapshot(workouts);
        DemoToken = options.DemoToken is { Length: > 0 } fixedToken ? AcceptToken(fixedToken) : IssueAccessToken();
    }

    /// <summary>An opaque token issued at start, valid until <see cref="RevokeAllTokens"/> or FakeAuthSwitches.ExpireAllAccessTokens.</summary>
    public string DemoToken { get; }

    /// <summary>The login server's fault switches and counters.</summary>
    public FakeAuthSwitches Auth { get; }

    /// <summary>The data API's fault switches (error answers, broken deliveries, stalls) and counters.</summary>
    public FakeFaults Faults { get; }

    internal TokenIssuer Tokens { get; }

    /// <summary>Newest first; a snapshot that later additions do not change.</summary>
    public IReadOnlyList<FakeWorkout> Workouts => Array.AsReadOnly(_history.NewestFirst);

    internal HistorySnapshot History => _history;

    /// <summary>The class library and instructors (ride, library, instructor and metadata routes); read-only.</summary>
    public required FakeCatalog Catalog { get; init; }

    /// <summary>The users of FakePelotonOptions.OtherUsers with their histories; read-only.</summary>
    public required IReadOnlyList<FakeMember> OtherUsers { get; init; }

    /// <summary>A new opaque token that never expires (only ExpireAllAccessTokens and RevokeAllTokens end it).</summary>
    public string IssueAccessToken() => AcceptToken("fake-at-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    /// <summary>A JWT access token for the web client, as the login flows mint, that expires after <paramref name="lifetime"/>.</summary>
    public string IssueAccessToken(TimeSpan lifetime) => Tokens.MintAccessToken(Tokens.WebClientId, lifetime);

    /// <summary>A live refresh token ("v1.&lt;opaque&gt;") that only <paramref name="clientId"/> can redeem.</summary>
    public string IssueRefreshToken(string clientId) => Tokens.RefreshTokens.Issue(clientId);

    /// <summary>Makes <paramref name="token"/> valid with no expiry, e.g. a fixed demo token; returns it.</summary>
    public string AcceptToken(string token) => Tokens.AccessTokens.Accept(token, DateTimeOffset.MaxValue);

    /// <summary>Ends every access and refresh token issued so far: the user is signed out everywhere.</summary>
    public void RevokeAllTokens()
    {
        Tokens.AccessTokens.ExpireAll();
        Tokens.RefreshTokens.RevokeAll();
    }

    /// <summary>True for a token issued or accepted and not yet expired, expired in bulk or revoked.</summary>
    public bool IsValidToken(string token) => Tokens.AccessTokens.IsValid(token);

    /// <summary>
    /// Prepends a new newest workout (the next kind of the cycle, with a synthetic id), e.g. to simulate a
    /// workout finishing while a client pages through the history.
    /// </summary>
    public FakeWorkout AddWorkout(DateTimeOffset start)
    {
        lock (_historyGate)
        {
            var workout = _generator.Generate(_nextSequence++, start);
            _history = _history.Prepend(workout);
            return workout;
        }
    }

    public FakeWorkout? FindWorkout(string id) => _history.Find(id);
}
