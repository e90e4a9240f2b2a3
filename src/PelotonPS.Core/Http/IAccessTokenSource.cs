using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Http
{
    /// <summary>Supplies the bearer token for each request, and renews it when the API rejects it.</summary>
    internal interface IAccessTokenSource
    {
        /// <summary>A token to send now; implementations refresh ahead of expiry.</summary>
        Task<string> GetAccessTokenAsync(IPelotonLog log, CancellationToken cancellationToken);

        /// <summary>Called once after a 401 with the token that was rejected. True when a new token is ready to try.</summary>
        Task<bool> RenewAfterRejectionAsync(string rejectedToken, IPelotonLog log, CancellationToken cancellationToken);
    }
}
