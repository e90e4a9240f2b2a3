using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Api;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Mapping;

namespace PelotonPS.Catalog
{
    /// <summary>One class by id, with names from the session's tables; free-ride and Peloton Gym ids have no class to ask for.</summary>
    internal sealed class RideService
    {
        private readonly PelotonApi api;
        private readonly CatalogService catalog;

        public RideService(PelotonApi api, CatalogService catalog)
        {
            this.api = api;
            this.catalog = catalog;
        }

        public async Task<Ride> GetRideAsync(string rideId, bool includeDetails, IPelotonLog log, CancellationToken cancellationToken)
        {
            if (!RideIds.IsLookupable(rideId))
            {
                throw RideNotFound(rideId, null);
            }

            CatalogNames names = await catalog.NamesAsync(log, cancellationToken).ConfigureAwait(false);
            return includeDetails
                ? RideMapper.MapDetails(await api.GetRideDetailsAsync(rideId, log, cancellationToken).OnNotFound(ex => RideNotFound(rideId, ex)).ConfigureAwait(false), names)
                : RideMapper.Map(await api.GetRideAsync(rideId, log, cancellationToken).OnNotFound(ex => RideNotFound(rideId, ex)).ConfigureAwait(false), names);
        }

        private static PelotonException RideNotFound(string rideId, PelotonException? cause)
        {
            string why = rideId == RideIds.FreeWorkout
                ? "it is the id of a free workout (Just Ride, Just Run, Just Walk), which has no class"
                : rideId.Contains("-")
                    ? "it looks like a Peloton Gym workout's id, which has no class in Peloton's library"
                    : cause is null ? "it is not a Peloton class id (32 hexadecimal characters)" : "Peloton has no class with this id";
            return new PelotonException(PelotonErrorIds.RideNotFound, PelotonErrorCategory.ObjectNotFound,
                $"No class for ride id '{rideId}': {why}.", "Get-PelotonClass finds classes; Get-PelotonWorkout shows the RideId of each workout.", rideId, cause);
        }
    }
}
