using System.Diagnostics.CodeAnalysis;
using FakePeloton.Faults;

namespace FakePeloton;

/// <summary>
/// Server faults: a share of requests (<see cref="Rate"/>), or the next few chosen ones (<see cref="FailNext"/>),
/// get a 429, 500, 503, a reset connection, a cut-off body or an empty 200 instead of their answer, and
/// requests can be stalled (<see cref="StallFor"/>). A fault replaces the answer after the request is recorded
/// and before any route sees it, so a faulted request changes no server state. Thread-safe: tests flip the
/// switches while the server runs, and each request reads them when it arrives.
/// </summary>
public sealed class FakeFaults
{
    private readonly Lock _gate = new();
    private readonly QueuedFaults _queued = new();
    private readonly FaultCounts _counts = new();
    private volatile FakeFaultKind[] _kinds = Enum.GetValues<FakeFaultKind>();
    private volatile Func<RecordedRequest, bool> _applies = DataRequests;
    private volatile int _retryAfterSeconds = 1;
    private double _rate;
    private int? _seed;
    private Random _random = new();
    private TimeSpan? _stallFor;

    internal FakeFaults()
    {
    }

    /// <summary>
    /// The default scope of <see cref="Applies"/>: GET /api/* data requests, but not /api/me, so connecting stays
    /// reliable; the Auth0 login routes are not under /api.
    /// </summary>
    public static bool DataRequests(RecordedRequest request) =>
        request.Method == "GET"
        && request.Path.StartsWith("/api/", StringComparison.Ordinal)
        && request.Path != "/api/me";

    /// <summary>The share of requests in scope (0 to 1, default 0) that get a fault, one of <see cref="Kinds"/> at random.</summary>
    public double Rate
    {
        get { lock (_gate) { return _rate; } }
        set
        {
            if (value is not (>= 0.0 and <= 1.0))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The rate is a share from 0 to 1.");
            }

            lock (_gate) { _rate = value; }
        }
    }

    /// <summary>The faults <see cref="Rate"/> picks from, each as likely; default all six. Read-only: assign a new list to change it.</summary>
    public IList<FakeFaultKind> Kinds
    {
        get => Array.AsReadOnly(_kinds);
        set => _kinds = [.. value ?? throw new ArgumentNullException(nameof(value))];
    }

    /// <summary>The Retry-After of <see cref="FakeFaultKind.RateLimited429"/>, in seconds (default 1).</summary>
    public int RetryAfterSeconds
    {
        get => _retryAfterSeconds;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _retryAfterSeconds = value;
        }
    }

    /// <summary>Seeds the random choices of <see cref="Rate"/> (null: unseeded); setting it restarts the sequence.</summary>
    public int? Seed
    {
        get { lock (_gate) { return _seed; } }
        set
        {
            lock (_gate)
            {
                _seed = value;
                _random = value is { } seed ? new Random(seed) : new Random();
            }
        }
    }

    /// <summary>Which requests <see cref="Rate"/>, <see cref="StallFor"/> and an unfiltered <see cref="FailNext"/> may hit; null restores <see cref="DataRequests"/>.</summary>
    [AllowNull]
    public Func<RecordedRequest, bool> Applies
    {
        get => _applies;
        set => _applies = value ?? DataRequests;
    }

    /// <summary>Requests in scope get no answer until this long after they arrived (Latency runs within it); null: none.</summary>
    public TimeSpan? StallFor
    {
        get { lock (_gate) { return _stallFor; } }
        set
        {
            if (value is { } stall)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(stall, TimeSpan.Zero);
            }

            lock (_gate) { _stallFor = value; }
        }
    }

    /// <summary>Faults injected so far, of every kind.</summary>
    public int Injected => _counts.Total;

    /// <summary>Faults injected so far by kind; every kind is present, unused ones with 0. A snapshot.</summary>
    public IReadOnlyDictionary<FakeFaultKind, int> InjectedByKind => _counts.Snapshot();

    /// <summary>
    /// The next <paramref name="count"/> requests matching <paramref name="where"/> get <paramref name="kind"/>, whatever
    /// <see cref="Rate"/> is. Without a filter, <see cref="Applies"/> decides; a filter of its own may reach beyond it
    /// (e.g. /api/me). Queued faults are used first come, first served.
    /// </summary>
    public void FailNext(FakeFaultKind kind, int count = 1, Func<RecordedRequest, bool>? where = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _queued.Add(kind, count, where);
    }

    /// <summary>How much longer <paramref name="request"/> must wait for an answer at <paramref name="now"/>; zero when it need not.</summary>
    internal TimeSpan StallLeft(RecordedRequest request, DateTimeOffset now)
    {
        var left = StallFor is { } stall && Applies(request) ? request.At + stall - now : TimeSpan.Zero;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>The fault <paramref name="request"/> gets, counted, or null for its real answer.</summary>
    internal FakeFaultKind? Choose(RecordedRequest request)
    {
        var applies = Applies;
        var kind = _queued.Take(request, applies) ?? (applies(request) ? Roll() : null);
        if (kind is { } chosen)
        {
            _counts.Add(chosen);
        }

        return kind;
    }

    /// <summary>One draw per request in scope (two on a hit), so a seed gives the same hits in the same order of requests.</summary>
    private FakeFaultKind? Roll()
    {
        var kinds = _kinds;
        lock (_gate)
        {
            return _rate > 0 && kinds.Length > 0 && _random.NextDouble() < _rate ? kinds[_random.Next(kinds.Length)] : null;
        }
    }
}
