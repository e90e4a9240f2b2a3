using FakePeloton.Faults;
using FakePeloton.Http;
using FakePeloton.Routes.Auth0;

namespace FakePeloton.Routes;

/// <summary>Puts the routes of the fake api.onepeloton.com in the order they are tried.</summary>
internal static class PelotonApiRoutes
{
    public static FakePelotonApi Create(FakePelotonState state, FakePelotonOptions options, byte[] meFixture) => new(
    [
        // Fault injection and the Auth0 login routes (not behind the token gate) go before the gate.
        new FaultRoute(state.Faults),
        .. Auth0Routes.Create(state, options),
        new RetiredCookieLoginRoute(),
        new BearerTokenGate(state),
        new MeRoute(meFixture, options.UserId, options.Username, state),
        .. UserAndCatalogRoutes.Create(state, options, meFixture),
        WorkoutResourceRoute.ForDetail(state),
        WorkoutResourceRoute.ForPerformanceGraph(state),
    ]);
}
