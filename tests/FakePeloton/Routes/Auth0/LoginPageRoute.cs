using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>GET /login: the hosted login page /authorize redirects to; its address carries Auth0's state.</summary>
internal sealed class LoginPageRoute(LoginTransactions logins) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.Is("GET", "/login"))
        {
            return null;
        }

        return logins.Find(request.QueryValue("state")) is null
            ? Auth0Responses.Html(400, LoginPages.InvalidStatePage)
            : Auth0Responses.Html(200, LoginPages.LoginPage);
    }
}
