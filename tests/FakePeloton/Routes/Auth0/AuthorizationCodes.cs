using System.Collections.Concurrent;
using FakePeloton.Tokens;

namespace FakePeloton.Routes.Auth0;

/// <summary>Single-use authorization codes, each bound to its login's client, PKCE challenge and redirect URI.</summary>
internal sealed class AuthorizationCodes
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);

    public string Issue(PendingLogin login)
    {
        var code = OpaqueValue.Create();
        _codes[code] = new IssuedCode(login.ClientId, login.CodeChallenge, login.RedirectUri, login.Nonce, DateTimeOffset.UtcNow + Lifetime);
        return code;
    }

    /// <summary>The code's binding if it is known and unexpired; spent either way, as a failed exchange burns the code.</summary>
    public IssuedCode? Redeem(string? code) =>
        code is not null && _codes.TryRemove(code, out var issued) && DateTimeOffset.UtcNow < issued.ExpiresAt ? issued : null;
}

internal sealed record IssuedCode(string ClientId, string CodeChallenge, string RedirectUri, string? Nonce, DateTimeOffset ExpiresAt);
