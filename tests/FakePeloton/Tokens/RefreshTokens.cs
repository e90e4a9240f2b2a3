using System.Collections.Concurrent;

namespace FakePeloton.Tokens;

/// <summary>Refresh tokens ("v1.&lt;opaque&gt;", as auth0-spa-js stores them), each bound to the client it was issued to.</summary>
internal sealed class RefreshTokens
{
    private readonly ConcurrentDictionary<string, string> _clientByToken = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _everIssued = new();

    /// <summary>Every token issued so far, redeemed, revoked or live, oldest first; for secret scans.</summary>
    public IEnumerable<string> EverIssued => _everIssued;

    public string Issue(string clientId)
    {
        var token = "v1." + OpaqueValue.Create(48);
        _clientByToken[token] = clientId;
        _everIssued.Enqueue(token);
        return token;
    }

    /// <summary>
    /// True when <paramref name="token"/> is live and was issued to <paramref name="clientId"/>. With
    /// <paramref name="consume"/> it is invalidated in the same step, so of two concurrent refreshes with one
    /// rotating token only the first succeeds.
    /// </summary>
    public bool TryRedeem(string token, string clientId, bool consume) =>
        consume
            ? _clientByToken.TryRemove(new KeyValuePair<string, string>(token, clientId))
            : _clientByToken.TryGetValue(token, out var owner) && owner == clientId;

    public void RevokeAll() => _clientByToken.Clear();
}
