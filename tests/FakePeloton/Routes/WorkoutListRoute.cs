using System.Globalization;
using FakePeloton.History;
using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>GET /api/user/{userId}/workouts?limit=&amp;page=&amp;joins=: the history, newest first, in pages.</summary>
internal sealed class WorkoutListRoute(FakePelotonState state, string userId) : IFakeRoute
{
    /// <summary>Peloton's page size when limit is missing.</summary>
    private const int DefaultLimit = 20;

    /// <summary>Peloton returns at most 100 per page (peloton-api.md 4.3); larger limits are clamped here.</summary>
    private const int MaxLimit = 100;

    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, "/api/user/{}/workouts", out var captures))
        {
            return null;
        }

        if (!string.Equals(captures[0], userId, StringComparison.Ordinal))
        {
            return ApiErrors.UserNotFound;
        }

        // sort_by, from, to and the rest are ignored: the order is always newest first, and the effect
        // of from/to on the real API is unverified.
        var limit = Math.Min(ParseInt(request.QueryValue("limit"), minimum: 1) ?? DefaultLimit, MaxLimit);
        var page = ParseInt(request.QueryValue("page"), minimum: 0) ?? 0;
        var body = WorkoutPage.Write(state.History, limit, page, ShapeFor(request.QueryValue("joins")));
        return FakeResponse.Json(200, body);
    }

    private static int? ParseInt(string? value, int minimum) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : null;

    private static WorkoutShape ShapeFor(string? joins)
    {
        var parts = (joins ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Contains("ride.instructor") ? WorkoutShape.ListItemWithRideAndInstructor
            : parts.Contains("ride") ? WorkoutShape.ListItemWithRide
            : WorkoutShape.ListItem;
    }
}
