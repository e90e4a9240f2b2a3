using FakePeloton.History;
using FakePeloton.Http;
using FakePeloton.Users;

namespace FakePeloton.Routes;

/// <summary>
/// GET /api/user/{userId}/workouts?limit=&amp;page=&amp;joins=: a history, newest first, in pages: the
/// signed-in user's or a public member's; 403 for a private member, 404 for anyone else.
/// </summary>
internal sealed class WorkoutListRoute(UserDirectory users) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, "/api/user/{}/workouts", out var captures))
        {
            return null;
        }

        var account = users.FindById(captures[0]);
        if (account is null)
        {
            return ApiErrors.UserNotFound;
        }

        if (!account.HistoryIsVisible)
        {
            return ApiErrors.ProfilePrivate;
        }

        // sort_by, from, to and the rest are ignored: the order is always newest first, and the effect
        // of from/to on the real API is unverified.
        var (limit, page) = PageRequest.From(request);
        var body = WorkoutPage.Write(account.History(), limit, page, ShapeFor(request.QueryValue("joins")));
        return FakeResponse.Json(200, body);
    }

    private static WorkoutShape ShapeFor(string? joins)
    {
        var parts = (joins ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Contains("ride.instructor") ? WorkoutShape.ListItemWithRideAndInstructor
            : parts.Contains("ride") ? WorkoutShape.ListItemWithRide
            : WorkoutShape.ListItem;
    }
}
