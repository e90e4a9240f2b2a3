using System.Text.Json.Nodes;
using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>GET /api/me: me.json with the configured user and the current history size.</summary>
internal sealed class MeRoute(byte[] meFixture, string userId, string username, FakePelotonState state) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, "/api/me", out _))
        {
            return null;
        }

        // Built per request because total_workouts follows AddWorkout; a 4 KB parse costs nothing here.
        var me = JsonNode.Parse(meFixture)!.AsObject();
        me["id"] = userId;
        me["username"] = username;
        me["total_workouts"] = state.History.NewestFirst.Length;
        return FakeResponse.Json(200, JsonBytes.Of(me));
    }
}
