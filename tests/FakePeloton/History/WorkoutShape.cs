namespace FakePeloton.History;

/// <summary>The forms in which the API returns one workout.</summary>
internal enum WorkoutShape
{
    /// <summary>GET /api/workout/{id}?joins=ride,ride.instructor.</summary>
    Detail,

    /// <summary>An item of a history page requested without joins.</summary>
    ListItem,

    /// <summary>An item of a history page with joins=ride: the ride without its instructor.</summary>
    ListItemWithRide,

    /// <summary>An item of a history page with joins=ride,ride.instructor.</summary>
    ListItemWithRideAndInstructor,
}
