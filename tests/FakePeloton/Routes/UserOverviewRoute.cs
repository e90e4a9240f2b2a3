using FakePeloton.Http;
using FakePeloton.Users;

namespace FakePeloton.Routes;

/// <summary>
/// GET /api/user/{id}/overview (peloton-api.md 4.11): 400 without Peloton-Platform: web, then 404 for an
/// unknown id and 403 for a private profile; otherwise <see cref="FakeOverview"/> of the current history.
/// The version parameter is ignored.
/// </summary>
internal sealed class UserOverviewRoute(UserDirectory users) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, "/api/user/{}/overview", out var captures))
        {
            return null;
        }

        if (!string.Equals(request.Header("peloton-platform"), "web", StringComparison.OrdinalIgnoreCase))
        {
            return ApiErrors.RequestInvalid;
        }

        return users.FindById(captures[0]) switch
        {
            null => ApiErrors.UserNotFound,
            { HistoryIsVisible: false } => ApiErrors.ProfilePrivate,
            var account => FakeResponse.Json(200, FakeOverview.Of(account.History().NewestFirst).ToJson(account.Id)),
        };
    }
}
