using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Api;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Mapping;

namespace PelotonPS.Catalog
{
    /// <summary>Profiles and overviews: the connected user's from /api/me, others' public ones from /api/user/{id}.</summary>
    internal sealed class UserService
    {
        private readonly PelotonApi api;

        public UserService(PelotonApi api)
        {
            this.api = api;
        }

        public async Task<User> GetMeAsync(IPelotonLog log, CancellationToken cancellationToken)
            => UserMapper.Map(await api.GetMeAsync(log, cancellationToken).ConfigureAwait(false));

        public async Task<User> GetUserAsync(string userIdOrUsername, IPelotonLog log, CancellationToken cancellationToken)
            => UserMapper.Map(await api.GetUserAsync(userIdOrUsername, log, cancellationToken).OnNotFound(ex => UserNotFound(userIdOrUsername, ex)).ConfigureAwait(false));

        public async Task<Overview> GetOverviewAsync(string userId, IPelotonLog log, CancellationToken cancellationToken)
            => OverviewMapper.Map(userId, await api.GetOverviewAsync(userId, log, cancellationToken).OnNotFound(ex => UserNotFound(userId, ex)).ConfigureAwait(false));

        private static PelotonException UserNotFound(string user, PelotonException cause)
            => new(PelotonErrorIds.UserNotFound, PelotonErrorCategory.ObjectNotFound, $"Peloton has no member '{user}'.", "Check the user id or username.", user, cause);
    }
}
