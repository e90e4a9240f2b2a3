using System.Collections.Concurrent;

namespace FakePeloton.Tokens;

/// <summary>The access tokens the API accepts, each until its expiry; thread-safe.</summary>
internal sealed class AccessTokens(TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _validUntil = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _everAccepted = new();
    private long _lifetimeTicks = lifetime.Ticks;

    /// <summary>The lifetime of tokens the login flows issue from now on.</summary>
    public TimeSpan Lifetime
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _lifetimeTicks));
        set => Interlocked.Exchange(ref _lifetimeTicks, value.Ticks);
    }

    /// <summary>Every token accepted so far, expired or not, oldest first; for secret scans.</summary>
    public IEnumerable<string> EverAccepted => _everAccepted;

    public string Accept(string token, DateTimeOffset validUntil)
    {
        _validUntil[token] = validUntil;
        _everAccepted.Enqueue(token);
        return token;
    }

    public bool IsValid(string token) =>
        !string.IsNullOrEmpty(token) && _validUntil.TryGetValue(token, out var until) && DateTimeOffset.UtcNow < until;

    /// <summary>Every token issued so far stops working; later ones are unaffected.</summary>
    public void ExpireAll() => _validUntil.Clear();
}
