using System.Text.Json.Nodes;
using FakePeloton.Http;
using FakePeloton.Tokens;

namespace FakePeloton.Routes.Auth0;

/// <summary>A granted token answer, shaped like Auth0's (peloton-api.md 2.2 step 6).</summary>
internal static class TokenAnswer
{
    /// <param name="refreshToken">Null leaves the refresh_token member out, as a refresh without rotation does.</param>
    public static FakeResponse Grant(TokenIssuer tokens, string clientId, string? nonce, string? refreshToken)
    {
        var lifetime = tokens.AccessTokens.Lifetime;
        var body = new JsonObject { ["access_token"] = tokens.MintAccessToken(clientId, lifetime) };
        if (refreshToken is not null)
        {
            body["refresh_token"] = refreshToken;
        }

        body["id_token"] = tokens.MintIdToken(clientId, nonce);
        body["scope"] = tokens.ScopeFor(clientId);
        body["expires_in"] = (long)lifetime.TotalSeconds;
        body["token_type"] = "Bearer";
        return Auth0Responses.Json(200, body);
    }
}
