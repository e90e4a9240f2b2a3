using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>A GET route that always answers the same JSON; the query (e.g. library_type) does not change it.</summary>
internal sealed class StaticJsonRoute(string path, byte[] body) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request) =>
        request.IsGet && RoutePath.TryMatch(request.Path, path, out _) ? FakeResponse.Json(200, body) : null;
}
