using System.Text.Json.Nodes;

namespace FakePeloton.Tokens;

/// <summary>Mints the tokens of Peloton's Auth0 tenant for the configured user and registers them as valid.</summary>
internal sealed class TokenIssuer(FakePelotonOptions options)
{
    /// <summary>The iss claim of the real tenant; clients do not check it.</summary>
    private const string Issuer = "https://auth.onepeloton.com/";

    /// <summary>id_token lifetime (peloton-api.md 2.6).</summary>
    private static readonly TimeSpan IdTokenLifetime = TimeSpan.FromHours(10);

    public AccessTokens AccessTokens { get; } = new(options.AccessTokenLifetime);

    public RefreshTokens RefreshTokens { get; } = new();

    /// <summary>Every access and refresh token issued so far, live or not.</summary>
    public IEnumerable<string> EverIssued => AccessTokens.EverAccepted.Concat(RefreshTokens.EverIssued);

    /// <summary>The client of flow A and of tokens pasted from a browser.</summary>
    public string WebClientId => options.WebClientId;

    /// <summary>What a client is granted: the web client gets the API scope, the mobile client only what it asks (2.1).</summary>
    public string ScopeFor(string clientId) => clientId == options.MobileClientId
        ? "openid offline_access"
        : "openid offline_access peloton-api.members:default";

    /// <summary>A JWT access token for the user, accepted by the API until its exp.</summary>
    public string MintAccessToken(string clientId, TimeSpan lifetime)
    {
        var issuedAt = DateTimeOffset.UtcNow;
        var expiresAt = issuedAt + lifetime;
        var token = Jwt.Create(new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = Subject,
            ["aud"] = new JsonArray(options.Audience),
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = expiresAt.ToUnixTimeSeconds(),
            ["azp"] = clientId,
            ["scope"] = ScopeFor(clientId),

            // Two tokens minted in the same second must still differ, so a refresh visibly replaces the token.
            ["jti"] = OpaqueValue.Create(16),
        });
        return AccessTokens.Accept(token, expiresAt);
    }

    /// <summary>An OpenID id_token; only shaped, never accepted by the API.</summary>
    public string MintIdToken(string clientId, string? nonce)
    {
        var issuedAt = DateTimeOffset.UtcNow;
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = Subject,
            ["aud"] = clientId,
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = (issuedAt + IdTokenLifetime).ToUnixTimeSeconds(),
            ["email"] = options.Email,
        };
        if (!string.IsNullOrEmpty(nonce))
        {
            payload["nonce"] = nonce;
        }

        return Jwt.Create(payload);
    }

    private string Subject => "auth0|" + options.UserId;
}
