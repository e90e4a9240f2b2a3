using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>
/// A GET route under /api/ride/{id} serving a class's prebuilt bytes. Any id the catalog lacks answers
/// 404 "Ride not found", which covers the Just Ride zero id and Peloton Gym's dashed UUIDs
/// (peloton-api.md 3.2, 4.7). metadata_mappings must be routed before this one.
/// </summary>
internal sealed class RideResourceRoute(FakeCatalog catalog, string pattern, Func<FakeRide, byte[]> body) : IFakeRoute
{
    /// <summary>GET /api/ride/{id}: the ride object itself, as in a workout's ride member (peloton-api.md 4.6).</summary>
    public static RideResourceRoute ForRide(FakeCatalog catalog) => new(catalog, "/api/ride/{}", ride => ride.Json);

    /// <summary>GET /api/ride/{id}/details; stream_source and include are ignored.</summary>
    public static RideResourceRoute ForDetails(FakeCatalog catalog) => new(catalog, "/api/ride/{}/details", ride => ride.DetailsJson);

    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, pattern, out var captures))
        {
            return null;
        }

        return catalog.FindRide(captures[0]) is { } ride ? FakeResponse.Json(200, body(ride)) : ApiErrors.RideNotFound;
    }
}
