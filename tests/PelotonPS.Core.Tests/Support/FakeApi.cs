using FakePeloton;
using PelotonPS.Api;
using PelotonPS.Auth;
using PelotonPS.Http;

namespace PelotonPS.Core.Tests.Support;

/// <summary>The engine's API client aimed at a running fake server with its demo token.</summary>
internal static class FakeApi
{
    public static PelotonApi For(FakePelotonServer server, HttpSettings? settings = null)
        => new(new PelotonHttpClient(server.BaseUri, new TokenManager(new TokenSet(server.State.DemoToken, null, null, null)), settings ?? new HttpSettings()));
}
