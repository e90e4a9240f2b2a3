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
            => UserMapper.Map(await NotFoundAs(userIdOrUsername, api.GetUserAsync(userIdOrUsername, log, cancellationToken)).ConfigureAwait(false));

        public async Task<Overview> GetOverviewAsync(string userId, IPelotonLog log, CancellationToken cancellationToken)
            => OverviewMapper.Map(userId, await NotFoundAs(userId, api.GetOverviewAsync(userId, log, cancellationToken)).ConfigureAwait(false));

        private static async Task<T> NotFoundAs<T>(string user, Task<T> request)
        {
            try
            {
                return await request.ConfigureAwait(false);
            }
            catch (PelotonException ex) when (ex.ErrorId == PelotonErrorIds.NotFound)
            {
                throw new PelotonException(PelotonErrorIds.UserNotFound, PelotonErrorCategory.ObjectNotFound,
                    $"Peloton has no member '{user}'.", "Check the user id or username.", user, ex);
            }
        }
    }
}
