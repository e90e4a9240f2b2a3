using System.Text.Json.Nodes;
using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>
/// The login server's refusals. Two shapes: OAuth errors (error, error_description) from /authorize and
/// /oauth/token, and the login API's (statusCode, name, code, description) from /usernamepassword/login.
/// </summary>
internal static class Auth0Errors
{
    /// <summary>Sent with every 429; clients should wait this long.</summary>
    public const string RetryAfterSeconds = "60";

    private const string TooManyAttemptsDescription = "Too many login attempts. Try again later.";

    public static readonly FakeResponse LoginTooManyAttempts = Auth0Responses.Json(429, new JsonObject
    {
        ["statusCode"] = 429,
        ["error"] = "too_many_attempts",
        ["description"] = TooManyAttemptsDescription,
    }).WithHeader("Retry-After", RetryAfterSeconds);

    public static readonly FakeResponse InvalidCsrf = Auth0Responses.Json(403, new JsonObject
    {
        ["statusCode"] = 403,
        ["description"] = "Invalid state",
        ["name"] = "ForbiddenError",
        ["code"] = "invalid_csrf",
    });

    /// <summary>What Auth0 answered to malformed credential posts (peloton-api.md 2.2 step 3).</summary>
    public static readonly FakeResponse InvalidUsername = Auth0Responses.Json(400, new JsonObject
    {
        ["statusCode"] = 400,
        ["description"] = "invalid username",
        ["name"] = "BadRequestError",
    });

    public static readonly FakeResponse WrongEmailOrPassword = Auth0Responses.Json(401, new JsonObject
    {
        ["name"] = "ValidationError",
        ["code"] = "invalid_user_password",
        ["description"] = "Wrong email or password.",
        ["statusCode"] = 401,
    });

    /// <summary>The token endpoint's rate limit, in its OAuth shape.</summary>
    public static readonly FakeResponse TokenTooManyAttempts =
        OAuth(429, "too_many_attempts", TooManyAttemptsDescription).WithHeader("Retry-After", RetryAfterSeconds);

    /// <summary>The password grant with the web client (peloton-api.md 5.1), or with flow B switched off.</summary>
    public static readonly FakeResponse PasswordGrantNotAllowed = Auth0Responses.Json(400, new JsonObject
    {
        ["error"] = "unauthorized_client",
        ["error_description"] = "Grant type 'password' not allowed for the client.",
        ["error_uri"] = "https://auth0.com/docs/clients/client-grant-types",
    });

    /// <summary>A client_id the tenant does not know.</summary>
    public static readonly FakeResponse UnknownClient = OAuth(401, "access_denied", "Unauthorized");

    public static FakeResponse InvalidRequest(string description) => OAuth(400, "invalid_request", description);

    public static FakeResponse InvalidGrant(string description) => OAuth(403, "invalid_grant", description);

    public static FakeResponse UnsupportedGrantType(string grantType) =>
        OAuth(400, "unsupported_grant_type", $"Unsupported grant type: {grantType}");

    private static FakeResponse OAuth(int status, string error, string description) =>
        Auth0Responses.Json(status, new JsonObject { ["error"] = error, ["error_description"] = description });
}
