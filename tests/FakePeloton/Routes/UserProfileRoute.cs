using FakePeloton.Http;
using FakePeloton.Users;

namespace FakePeloton.Routes;

/// <summary>GET /api/user/{idOrUsername}: a public profile, private ones included; unknown users 404.</summary>
internal sealed class UserProfileRoute(UserDirectory users, PublicProfile profiles) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, "/api/user/{}", out var captures))
        {
            return null;
        }

        return users.FindByIdOrUsername(captures[0]) is { } account
            ? FakeResponse.Json(200, profiles.For(account))
            : ApiErrors.UserNotFound;
    }
}
