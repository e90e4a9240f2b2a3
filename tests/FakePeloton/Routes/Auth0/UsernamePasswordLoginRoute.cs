using System.Text.Json.Nodes;
using FakePeloton.Http;
using FakePeloton.Tokens;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// POST /usernamepassword/login (flow A step 3): the login page's JSON credential post. Checks in Auth0's
/// order (rate limit, CSRF and state, form, credentials) and answers success with the hidden form whose
/// post to /login/callback carries the login on.
/// </summary>
internal sealed class UsernamePasswordLoginRoute(FakePelotonState state, FakePelotonOptions options, LoginTransactions logins) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.Is("POST", "/usernamepassword/login"))
        {
            return null;
        }

        state.Auth.CountLoginPost();
        if (state.Auth.LoginRateLimited)
        {
            return Auth0Errors.LoginTooManyAttempts;
        }

        if (RequestFields.Read(request) is not { } fields)
        {
            return Auth0Errors.InvalidUsername;
        }

        var auth0State = fields.GetValueOrDefault("state");
        if (logins.Find(auth0State) is not { Csrf: { } csrf } login
            || RequestCookies.Value(request, "_csrf") != csrf
            || fields.GetValueOrDefault("_csrf") != csrf)
        {
            return Auth0Errors.InvalidCsrf;
        }

        var username = fields.GetValueOrDefault("username");
        var password = fields.GetValueOrDefault("password");
        if (fields.GetValueOrDefault("tenant") != options.Tenant
            || fields.GetValueOrDefault("connection") != options.Connection
            || string.IsNullOrEmpty(username)
            || string.IsNullOrEmpty(password))
        {
            return Auth0Errors.InvalidUsername;
        }

        if (!FakeAccount.Matches(options, username, password))
        {
            return Auth0Errors.WrongEmailOrPassword;
        }

        if (state.Auth.ChangedLoginForm)
        {
            return Auth0Responses.Html(200, LoginPages.ChangedPage);
        }

        var ticket = logins.IssueTicket(auth0State!);
        state.Auth.RecordLoginSecrets(ticket);
        KeyValuePair<string, string>[] hiddenFields =
        [
            new("wa", "wsignin1.0"),
            new("wresult", ticket),
            new("wctx", Context(login, auth0State!)),
        ];
        return Auth0Responses.Html(200, LoginPages.HiddenForm(Auth0Responses.BaseUri(request) + "login/callback", hiddenFields));
    }

    /// <summary>wctx: the login's context as JSON, which Auth0 reads back at /login/callback.</summary>
    private string Context(PendingLogin login, string auth0State) => Auth0Responses.JsonText(new JsonObject
    {
        ["strategy"] = "auth0",
        ["auth0Client"] = string.Empty,
        ["tenant"] = options.Tenant,
        ["connection"] = options.Connection,
        ["client_id"] = login.ClientId,
        ["response_type"] = "code",
        ["response_mode"] = "query",
        ["scope"] = login.Scope,
        ["protocol"] = "oauth2",
        ["redirect_uri"] = login.RedirectUri,
        ["state"] = auth0State,
        ["nonce"] = login.Nonce,
        ["sid"] = OpaqueValue.Create(16),
        ["audience"] = login.Audience,
        ["realm"] = options.Connection,
    });
}
