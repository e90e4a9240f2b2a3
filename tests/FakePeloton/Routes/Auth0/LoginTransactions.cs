using System.Collections.Concurrent;
using FakePeloton.Tokens;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// Pending logins by Auth0 state, and the one-time tickets (wresult) that carry a login from the credential
/// post through /login/callback. Thread-safe.
/// </summary>
internal sealed class LoginTransactions
{
    private readonly ConcurrentDictionary<string, PendingLogin> _loginByState = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _stateByTicket = new(StringComparer.Ordinal);

    /// <summary>Remembers <paramref name="login"/> under a new Auth0 state, which is returned.</summary>
    public string Begin(PendingLogin login)
    {
        var state = OpaqueValue.Create();
        _loginByState[state] = login;
        return state;
    }

    /// <summary>Stays available after a failed credential post, so the user can try again on the same page.</summary>
    public PendingLogin? Find(string? state) =>
        state is not null && _loginByState.TryGetValue(state, out var login) ? login : null;

    public string IssueTicket(string state)
    {
        var ticket = OpaqueValue.Create(32);
        _stateByTicket[ticket] = state;
        return ticket;
    }

    /// <summary>Spends <paramref name="ticket"/> if it was issued for <paramref name="state"/>, and marks that login authenticated.</summary>
    public bool TryRedeemTicket(string? ticket, string state)
    {
        if (ticket is null || !_stateByTicket.TryRemove(new KeyValuePair<string, string>(ticket, state)))
        {
            return false;
        }

        return _loginByState.TryGetValue(state, out var login)
            && _loginByState.TryUpdate(state, login with { Authenticated = true }, login);
    }

    /// <summary>Ends an authenticated login and returns it, once; null for unknown or unauthenticated states.</summary>
    public PendingLogin? Complete(string? state) =>
        Find(state) is { Authenticated: true } login && _loginByState.TryRemove(new KeyValuePair<string, PendingLogin>(state!, login))
            ? login
            : null;
}
