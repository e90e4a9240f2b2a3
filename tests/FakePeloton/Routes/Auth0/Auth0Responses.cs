using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

/// <summary>The response kinds of the login server: JSON, HTML pages and redirects that set cookies.</summary>
internal static class Auth0Responses
{
    private static readonly KeyValuePair<string, string> HtmlContentType = new("Content-Type", "text/html; charset=utf-8");

    /// <summary>Auth0 writes quotes and apostrophes as they are ("Grant type 'password'…"), not as \u0027.</summary>
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FakeResponse Json(int status, JsonObject body) => FakeResponse.Json(status, Encoding.UTF8.GetBytes(JsonText(body)));

    /// <summary>Compact JSON that escapes only what JSON requires.</summary>
    public static string JsonText(JsonObject body) => body.ToJsonString(Unescaped);

    public static FakeResponse Html(int status, string html) => new(status, [HtmlContentType], Encoding.UTF8.GetBytes(html));

    /// <summary>A 302 to <paramref name="location"/>, with one Set-Cookie header per cookie.</summary>
    public static FakeResponse Redirect(string location, params IEnumerable<string> setCookies) => new(
        302,
        [new("Location", location), .. setCookies.Select(cookie => new KeyValuePair<string, string>("Set-Cookie", cookie))],
        []);

    public static FakeResponse WithHeader(this FakeResponse response, string name, string value) =>
        response with { Headers = [.. response.Headers, new(name, value)] };

    /// <summary>
    /// The fake's own address as the client reached it (routes exist before Kestrel picks the port), for the
    /// absolute URLs Auth0 writes into forms and redirects.
    /// </summary>
    public static string BaseUri(FakeRequest request) =>
        request.Header("host") is { Length: > 0 } host ? $"http://{host}/" : "/";
}
