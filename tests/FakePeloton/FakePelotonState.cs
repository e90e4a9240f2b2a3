using System.Collections.Concurrent;
using System.Security.Cryptography;
using FakePeloton.History;

namespace FakePeloton;

/// <summary>The fake's data: valid access tokens and the workout history. Tests may change both while it runs.</summary>
public sealed class FakePelotonState
{
    /// <summary>Workout i starts this long before workout i - 1.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromHours(19);

    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _historyGate = new();
    private readonly WorkoutGenerator _generator;
    private volatile HistorySnapshot _history;
    private int _nextSequence;

    internal FakePelotonState(FakePelotonOptions options, WorkoutTemplateCatalog catalog)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.WorkoutCount);
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

    /// <summary>A token issued at start, valid until <see cref="RevokeAllTokens"/>.</summary>
    public string DemoToken { get; }

    /// <summary>Newest first; a snapshot that later additions do not change.</summary>
    public IReadOnlyList<FakeWorkout> Workouts => Array.AsReadOnly(_history.NewestFirst);

    internal HistorySnapshot History => _history;

    /// <summary>A new valid opaque token.</summary>
    public string IssueAccessToken()
    {
        var token = "fake-at-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _tokens[token] = 0;
        return token;
    }

    /// <summary>Makes <paramref name="token"/> valid, e.g. a fixed demo token; returns it.</summary>
    public string AcceptToken(string token)
    {
        _tokens[token] = 0;
        return token;
    }

    public void RevokeAllTokens() => _tokens.Clear();

    public bool IsValidToken(string token) => !string.IsNullOrEmpty(token) && _tokens.ContainsKey(token);

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
