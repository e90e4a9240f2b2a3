namespace FakePeloton.Routes.Auth0;

/// <summary>
/// A login begun at /authorize, kept under Auth0's own state until the code is issued.
/// <paramref name="Csrf"/> is null when the _csrf cookie was withheld, so no credential post can pass.
/// </summary>
internal sealed record PendingLogin(
    string ClientId,
    string? ClientState,
    string? Nonce,
    string CodeChallenge,
    string RedirectUri,
    string? Scope,
    string? Audience,
    string? Csrf)
{
    /// <summary>Set once the hidden form reached /login/callback; only then does /authorize/resume issue a code.</summary>
    public bool Authenticated { get; init; }
}
