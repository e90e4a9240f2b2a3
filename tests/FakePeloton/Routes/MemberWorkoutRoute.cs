using FakePeloton.Http;
using FakePeloton.Users;

namespace FakePeloton.Routes;

/// <summary>
/// GET /api/workout/{id} and its performance_graph for workouts of other users' histories (403 when the
/// profile is private). Passes every other id on to <see cref="WorkoutResourceRoute"/>, so it goes first.
/// </summary>
internal sealed class MemberWorkoutRoute(UserDirectory users) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet)
        {
            return null;
        }

        var isDetail = RoutePath.TryMatch(request.Path, "/api/workout/{}", out var captures);
        if (!isDetail && !RoutePath.TryMatch(request.Path, "/api/workout/{}/performance_graph", out captures))
        {
            return null;
        }

        return users.FindMemberWorkout(captures[0]) switch
        {
            null => null,
            { Owner.HistoryIsVisible: false } => ApiErrors.ProfilePrivate,
            { Workout: var workout } => FakeResponse.Json(200, isDetail ? workout.DetailJson : workout.PerformanceGraphJson),
        };
    }
}
