using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>grant_type=password (flow B): allowed for the mobile client only, and only while not switched off.</summary>
internal sealed class PasswordGrant(FakePelotonState state, FakePelotonOptions options) : ITokenGrant
{
    public string GrantType => "password";

    public FakeResponse Handle(IReadOnlyDictionary<string, string> fields)
    {
        state.Auth.CountPasswordGrant();
        if (state.Auth.LoginRateLimited)
        {
            return Auth0Errors.TokenTooManyAttempts;
        }

        var clientId = fields.GetValueOrDefault("client_id");
        if (clientId == options.WebClientId || state.Auth.PasswordGrantDisabled)
        {
            return Auth0Errors.PasswordGrantNotAllowed;
        }

        if (clientId != options.MobileClientId)
        {
            return Auth0Errors.UnknownClient;
        }

        return FakeAccount.Matches(options, fields.GetValueOrDefault("username"), fields.GetValueOrDefault("password"))
            ? TokenAnswer.Grant(state.Tokens, clientId, null, state.Tokens.RefreshTokens.Issue(clientId))
            : Auth0Errors.InvalidGrant("Wrong email or password.");
    }
}
