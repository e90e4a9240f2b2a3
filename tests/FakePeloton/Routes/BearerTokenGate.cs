using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>Answers 401 to any /api/* request without a valid bearer token; lets the rest through.</summary>
internal sealed class BearerTokenGate(FakePelotonState state) : IFakeRoute
{
    private const string Scheme = "Bearer ";

    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.Path.StartsWith("/api/", StringComparison.Ordinal) && request.Path != "/api")
        {
            return null;
        }

        var authorization = request.Header("authorization");
        var token = authorization is not null && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? authorization[Scheme.Length..].Trim()
            : null;
        return token is not null && state.IsValidToken(token) ? null : ApiErrors.NotLoggedIn;
    }
}
