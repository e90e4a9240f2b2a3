using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// The fake auth.onepeloton.com (peloton-api.md 2.2 to 2.5). Its paths share the API's server, so a client
/// pointed at the fake with AuthBaseUri = ApiBaseUri finds both; they carry no bearer token, so they go
/// before the token gate.
/// </summary>
internal static class Auth0Routes
{
    public static IFakeRoute[] Create(FakePelotonState state, FakePelotonOptions options)
    {
        var logins = new LoginTransactions();
        var codes = new AuthorizationCodes();
        return
        [
            new AuthorizeRoute(state, options, logins),
            new LoginPageRoute(logins),
            new UsernamePasswordLoginRoute(state, options, logins),
            new LoginCallbackRoute(logins),
            new AuthorizeResumeRoute(logins, codes),
            new TokenRoute(
            [
                new AuthorizationCodeGrant(state, codes),
                new PasswordGrant(state, options),
                new RefreshTokenGrant(state),
            ]),
        ];
    }
}
