using System.Collections.Concurrent;
using FakePeloton.Tokens;

namespace FakePeloton;

/// <summary>
/// Faults and counters of the fake Auth0 login server. Thread-safe: tests flip the switches while the
/// server runs, and each request reads them when it arrives.
/// </summary>
public sealed class FakeAuthSwitches
{
    /// <summary>Marks "no delay" in <see cref="_refreshDelayTicks"/>; negative delays are refused, so it is unambiguous.</summary>
    private const long NoDelay = long.MinValue;

    private readonly TokenIssuer _tokens;
    private readonly ConcurrentQueue<string> _loginSecrets = new();
    private volatile bool _missingCsrfCookie;
    private volatile bool _loginRateLimited;
    private volatile bool _rejectRefresh;
    private volatile bool _rotateRefreshTokens = true;
    private volatile bool _passwordGrantDisabled;
    private volatile bool _changedLoginForm;
    private long _refreshDelayTicks = NoDelay;
    private int _loginPosts;
    private int _passwordGrants;
    private int _authorizationCodeGrants;
    private int _refreshGrants;
    private int _authorizeRequests;

    internal FakeAuthSwitches(TokenIssuer tokens) => _tokens = tokens;

    /// <summary>GET /authorize sets no _csrf cookie, as users of P2G sometimes see ("Missing CSRF token").</summary>
    public bool MissingCsrfCookie { get => _missingCsrfCookie; set => _missingCsrfCookie = value; }

    /// <summary>POST /usernamepassword/login and the password grant answer 429 with Retry-After: 60.</summary>
    public bool LoginRateLimited { get => _loginRateLimited; set => _loginRateLimited = value; }

    /// <summary>Every refresh grant answers 403 invalid_grant.</summary>
    public bool RejectRefresh { get => _rejectRefresh; set => _rejectRefresh = value; }

    /// <summary>
    /// True (default): each refresh returns a new refresh token and invalidates the old one. False: the
    /// answer has no refresh_token member and the old token stays valid (peloton-api.md 2.5 reports both).
    /// </summary>
    public bool RotateRefreshTokens { get => _rotateRefreshTokens; set => _rotateRefreshTokens = value; }

    /// <summary>The password grant answers unauthorized_client even for the mobile client (Peloton switched flow B off).</summary>
    public bool PasswordGrantDisabled { get => _passwordGrantDisabled; set => _passwordGrantDisabled = value; }

    /// <summary>A correct credential post answers 200 with a page that has no form (Peloton changed its login page).</summary>
    public bool ChangedLoginForm { get => _changedLoginForm; set => _changedLoginForm = value; }

    /// <summary>How long a refresh grant waits before answering, to overlap concurrent refreshes; null: none.</summary>
    public TimeSpan? RefreshDelay
    {
        get => Interlocked.Read(ref _refreshDelayTicks) is var ticks && ticks == NoDelay ? null : TimeSpan.FromTicks(ticks);
        set
        {
            if (value is { } delay)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
            }

            Interlocked.Exchange(ref _refreshDelayTicks, value?.Ticks ?? NoDelay);
        }
    }

    /// <summary>POST /usernamepassword/login requests, whatever their outcome.</summary>
    public int LoginPosts => Volatile.Read(ref _loginPosts);

    /// <summary>POST /oauth/token requests with grant_type=password, whatever their outcome.</summary>
    public int PasswordGrants => Volatile.Read(ref _passwordGrants);

    /// <summary>POST /oauth/token requests with grant_type=authorization_code, whatever their outcome.</summary>
    public int AuthorizationCodeGrants => Volatile.Read(ref _authorizationCodeGrants);

    /// <summary>POST /oauth/token requests with grant_type=refresh_token, whatever their outcome.</summary>
    public int RefreshGrants => Volatile.Read(ref _refreshGrants);

    /// <summary>GET /authorize requests, whatever their outcome.</summary>
    public int AuthorizeRequests => Volatile.Read(ref _authorizeRequests);

    /// <summary>Every access token issued so far (the demo token too) answers 401 from now on; refresh tokens keep working.</summary>
    public void ExpireAllAccessTokens() => _tokens.AccessTokens.ExpireAll();

    /// <summary>The lifetime (and expires_in) of access tokens the login and refresh grants issue from now on.</summary>
    public void SetAccessTokenLifetime(TimeSpan lifetime) => _tokens.AccessTokens.Lifetime = lifetime;

    /// <summary>
    /// Every secret the fake issued or was sent: access and refresh tokens (the demo token too), authorization
    /// codes, one-time wresult tickets and PKCE code verifiers. A snapshot, for scans proving none reaches a user.
    /// </summary>
    public IReadOnlyCollection<string> IssuedSecrets => [.. _tokens.EverIssued, .. _loginSecrets];

    /// <summary>Adds login-flow secrets (codes, tickets, verifiers) to <see cref="IssuedSecrets"/>; nulls and empties are skipped.</summary>
    internal void RecordLoginSecrets(params string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                _loginSecrets.Enqueue(secret);
            }
        }
    }

    internal void CountLoginPost() => Interlocked.Increment(ref _loginPosts);

    internal void CountPasswordGrant() => Interlocked.Increment(ref _passwordGrants);

    internal void CountAuthorizationCodeGrant() => Interlocked.Increment(ref _authorizationCodeGrants);

    internal void CountRefreshGrant() => Interlocked.Increment(ref _refreshGrants);

    internal void CountAuthorizeRequest() => Interlocked.Increment(ref _authorizeRequests);
}
