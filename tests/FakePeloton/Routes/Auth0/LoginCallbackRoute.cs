using System.Text.Json;
using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// POST /login/callback (flow A step 4): the hidden form. The one-time wresult must belong to the login
/// named in wctx, and wctx must be JSON again, which it only is when the client HTML-decoded the form.
/// </summary>
internal sealed class LoginCallbackRoute(LoginTransactions logins) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.Is("POST", "/login/callback"))
        {
            return null;
        }

        var fields = RequestFields.Read(request);
        if (fields?.GetValueOrDefault("wa") != "wsignin1.0")
        {
            return Auth0Errors.InvalidRequest("Missing or invalid wa");
        }

        if (ContextState(fields.GetValueOrDefault("wctx")) is not { } auth0State)
        {
            return Auth0Errors.InvalidRequest("Invalid wctx: expected the HTML-decoded JSON of the login form");
        }

        return logins.TryRedeemTicket(fields.GetValueOrDefault("wresult"), auth0State)
            ? Auth0Responses.Redirect($"{Auth0Responses.BaseUri(request)}authorize/resume?state={Uri.EscapeDataString(auth0State)}")
            : Auth0Errors.InvalidRequest("Invalid or already used wresult");
    }

    private static string? ContextState(string? wctx)
    {
        try
        {
            using var context = JsonDocument.Parse(wctx ?? string.Empty);
            return context.RootElement.ValueKind == JsonValueKind.Object
                && context.RootElement.TryGetProperty("state", out var state)
                && state.ValueKind == JsonValueKind.String
                ? state.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
