namespace FakePeloton;

/// <summary>A user besides the signed-in one, for the public profile, history and overview routes.</summary>
public sealed class FakeUser
{
    /// <summary>32 lowercase hex characters, unlike every other user's.</summary>
    public required string Id { get; set; }

    public required string Username { get; set; }

    /// <summary>A private profile still answers GET /api/user/{id}; its workouts and overview answer 403.</summary>
    public bool IsProfilePrivate { get; set; }

    /// <summary>Size of the user's synthetic history (the same template cycle as the signed-in user's).</summary>
    public int WorkoutCount { get; set; }
}
