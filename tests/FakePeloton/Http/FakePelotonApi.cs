namespace FakePeloton.Http;

/// <summary>
/// The fake API as a plain function: request in, response out. Routes are tried in order and the first
/// answer wins, so fault injection goes in front and new endpoints (the Auth0 login) slot in anywhere.
/// </summary>
internal sealed class FakePelotonApi(IReadOnlyList<IFakeRoute> routes)
{
    public FakeResponse Handle(FakeRequest request)
    {
        foreach (var route in routes)
        {
            if (route.TryHandle(request) is { } response)
            {
                return response;
            }
        }

        return ApiErrors.RouteNotFound;
    }
}
