using System.Text.Json.Nodes;
using FakePeloton.Http;
using Microsoft.AspNetCore.Http;

namespace FakePeloton.Routes;

/// <summary>POST /auth/login, the cookie login Peloton retired in November 2025 (peloton-api.md 2.9): always 403.</summary>
internal sealed class RetiredCookieLoginRoute : IFakeRoute
{
    private static readonly FakeResponse Retired = FakeResponse.Json(403, JsonBytes.Of(new JsonObject
    {
        ["status"] = 403,
        ["message"] = "Access forbidden. Endpoint no longer accepting requests.",
    }));

    public FakeResponse? TryHandle(FakeRequest request) =>
        request.Path == "/auth/login" && HttpMethods.IsPost(request.Method) ? Retired : null;
}
