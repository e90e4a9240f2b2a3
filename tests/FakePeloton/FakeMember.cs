using FakePeloton.History;

namespace FakePeloton;

/// <summary>One of FakePelotonOptions.OtherUsers, with the history generated for them.</summary>
public sealed class FakeMember
{
    internal FakeMember(FakeUser user, HistorySnapshot history)
    {
        UserId = user.Id;
        Username = user.Username;
        IsProfilePrivate = user.IsProfilePrivate;
        History = history;
    }

    public string UserId { get; }

    public string Username { get; }

    public bool IsProfilePrivate { get; }

    /// <summary>
    /// Newest first. Ids are derived from the user id (no captured ids), so they never collide with the
    /// signed-in user's. The API serves them only when the profile is public.
    /// </summary>
    public IReadOnlyList<FakeWorkout> Workouts => Array.AsReadOnly(History.NewestFirst);

    internal HistorySnapshot History { get; }
}
