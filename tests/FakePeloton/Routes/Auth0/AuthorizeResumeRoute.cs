using FakePeloton.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// GET /authorize/resume (flow A step 5): ends an authenticated login with a redirect to the client's
/// redirect_uri carrying a new code and the client's own state. Clients stop there; the target is never served.
/// </summary>
internal sealed class AuthorizeResumeRoute(LoginTransactions logins, AuthorizationCodes codes) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.Is("GET", "/authorize/resume"))
        {
            return null;
        }

        if (logins.Complete(request.QueryValue("state")) is not { } login)
        {
            return Auth0Errors.InvalidRequest("Invalid or expired login state");
        }

        var query = new Dictionary<string, string?> { ["code"] = codes.Issue(login) };
        if (login.ClientState is { } clientState)
        {
            query["state"] = clientState;
        }

        return Auth0Responses.Redirect(QueryHelpers.AddQueryString(login.RedirectUri, query));
    }
}
