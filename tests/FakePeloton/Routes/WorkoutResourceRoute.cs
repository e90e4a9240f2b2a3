using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>
/// A GET route under /api/workout/{id} that serves prebuilt bytes of that workout, or 404 for an
/// unknown id. Query parameters (joins, every_n) are ignored: see <see cref="ForDetail"/> and
/// <see cref="ForPerformanceGraph"/>.
/// </summary>
internal sealed class WorkoutResourceRoute(FakePelotonState state, string pattern, Func<FakeWorkout, byte[]> body) : IFakeRoute
{
    /// <summary>The detail always has ride and instructor joined, as clients ask with joins=ride,ride.instructor.</summary>
    public static WorkoutResourceRoute ForDetail(FakePelotonState state) =>
        new(state, "/api/workout/{}", workout => workout.DetailJson);

    /// <summary>Each fixture graph was captured at one every_n only, so every_n does not change the body.</summary>
    public static WorkoutResourceRoute ForPerformanceGraph(FakePelotonState state) =>
        new(state, "/api/workout/{}/performance_graph", workout => workout.PerformanceGraphJson);

    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, pattern, out var captures))
        {
            return null;
        }

        return state.FindWorkout(captures[0]) is { } workout
            ? FakeResponse.Json(200, body(workout))
            : ApiErrors.WorkoutNotFound;
    }
}
