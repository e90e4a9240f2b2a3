using FakePeloton.Http;

namespace FakePeloton.Routes.Auth0;

internal static class RequestMatch
{
    /// <summary>True for exactly this method and path; the login server's paths have no variable segments.</summary>
    public static bool Is(this FakeRequest request, string method, string path) =>
        string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase) && request.Path == path;
}
