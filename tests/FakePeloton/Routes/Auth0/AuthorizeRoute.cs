using FakePeloton.Http;
using FakePeloton.Tokens;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// GET /authorize (flow A step 2): checks the PKCE request, remembers it under a new Auth0 state, sets the
/// _csrf cookie for the credential post and redirects to the hosted login page.
/// </summary>
internal sealed class AuthorizeRoute(FakePelotonState state, FakePelotonOptions options, LoginTransactions logins) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.Is("GET", "/authorize"))
        {
            return null;
        }

        state.Auth.CountAuthorizeRequest();
        if (Problem(request) is { } problem)
        {
            return Auth0Errors.InvalidRequest(problem);
        }

        var csrf = state.Auth.MissingCsrfCookie ? null : OpaqueValue.Create();
        var clientId = request.QueryValue("client_id")!;
        var auth0State = logins.Begin(new PendingLogin(
            clientId,
            request.QueryValue("state"),
            request.QueryValue("nonce"),
            request.QueryValue("code_challenge")!,
            request.QueryValue("redirect_uri")!,
            request.QueryValue("scope"),
            request.QueryValue("audience"),
            csrf));

        // Auth0 scopes _csrf to the credential post's path: clients must look it up for that URL.
        var session = $"auth0={OpaqueValue.Create()}; Path=/; HttpOnly";
        string[] cookies = csrf is null ? [session] : [$"_csrf={csrf}; Path=/usernamepassword/login; HttpOnly; SameSite=None", session];
        var loginPage = $"/login?state={Uri.EscapeDataString(auth0State)}&client={Uri.EscapeDataString(clientId)}&protocol=oauth2";
        return Auth0Responses.Redirect(loginPage, cookies);
    }

    /// <summary>Why the request is refused, or null when it is acceptable.</summary>
    private string? Problem(FakeRequest request)
    {
        var redirectUri = request.QueryValue("redirect_uri");
        return request.QueryValue("client_id") != options.WebClientId ? $"Unknown client: {request.QueryValue("client_id")}"
            : request.QueryValue("response_type") != "code" ? "Unsupported response_type: only 'code' is allowed"
            : request.QueryValue("code_challenge_method") != Pkce.Method ? "code_challenge_method must be S256"
            : string.IsNullOrEmpty(request.QueryValue("code_challenge")) ? "Missing required parameter: code_challenge"
            : redirectUri != options.RedirectUri ? $"Callback URL mismatch. {redirectUri} is not in the list of allowed callback URLs"
            : null;
    }
}
