using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// grant_type=refresh_token (peloton-api.md 2.5): a live refresh token of the same client buys a new access
/// token. Extra members such as redirect_uri are ignored, as Auth0 does.
/// </summary>
internal sealed class RefreshTokenGrant(FakePelotonState state) : ITokenGrant
{
    public string GrantType => "refresh_token";

    public FakeResponse Handle(IReadOnlyDictionary<string, string> fields)
    {
        state.Auth.CountRefreshGrant();

        // Blocking is fine in a test fake and keeps the route synchronous; the delay only widens a race window.
        if (state.Auth.RefreshDelay is { } delay)
        {
            Thread.Sleep(delay);
        }

        var rotate = state.Auth.RotateRefreshTokens;
        var clientId = fields.GetValueOrDefault("client_id");
        var refreshToken = fields.GetValueOrDefault("refresh_token");
        if (state.Auth.RejectRefresh
            || clientId is null
            || refreshToken is null
            || !state.Tokens.RefreshTokens.TryRedeem(refreshToken, clientId, consume: rotate))
        {
            return Auth0Errors.InvalidGrant("Unknown or invalid refresh token.");
        }

        return TokenAnswer.Grant(state.Tokens, clientId, null, rotate ? state.Tokens.RefreshTokens.Issue(clientId) : null);
    }
}
