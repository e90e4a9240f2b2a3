using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>grant_type=authorization_code (flow A step 6): a code from /authorize/resume plus its PKCE verifier.</summary>
internal sealed class AuthorizationCodeGrant(FakePelotonState state, AuthorizationCodes codes) : ITokenGrant
{
    public string GrantType => "authorization_code";

    public FakeResponse Handle(IReadOnlyDictionary<string, string> fields)
    {
        state.Auth.CountAuthorizationCodeGrant();
        state.Auth.RecordLoginSecrets(fields.GetValueOrDefault("code"), fields.GetValueOrDefault("code_verifier"));
        var issued = codes.Redeem(fields.GetValueOrDefault("code"));
        if (issued is null
            || issued.ClientId != fields.GetValueOrDefault("client_id")
            || issued.RedirectUri != fields.GetValueOrDefault("redirect_uri"))
        {
            return Auth0Errors.InvalidGrant("Invalid authorization code");
        }

        return Pkce.Verifies(fields.GetValueOrDefault("code_verifier"), issued.CodeChallenge)
            ? TokenAnswer.Grant(state.Tokens, issued.ClientId, issued.Nonce, state.Tokens.RefreshTokens.Issue(issued.ClientId))
            : Auth0Errors.InvalidGrant("Failed to verify code verifier");
    }
}
