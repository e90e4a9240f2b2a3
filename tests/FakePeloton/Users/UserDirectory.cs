namespace FakePeloton.Users;

/// <summary>Finds the users of the fake: the signed-in one (options.UserId) and FakePelotonState.OtherUsers.</summary>
internal sealed class UserDirectory
{
    private readonly UserAccount[] _accounts;

    public UserDirectory(FakePelotonState state, FakePelotonOptions options)
    {
        var self = new UserAccount(options.UserId, options.Username, IsProfilePrivate: false, () => state.History, IsSignedInUser: true);
        _accounts =
        [
            self,
            .. state.OtherUsers.Select(member => new UserAccount(member.UserId, member.Username, member.IsProfilePrivate, () => member.History, IsSignedInUser: false)),
        ];
    }

    /// <summary>By id only, as the workouts and overview routes take it.</summary>
    public UserAccount? FindById(string id) => Array.Find(_accounts, a => string.Equals(a.Id, id, StringComparison.Ordinal));

    /// <summary>By id, or by username in any letter case, as GET /api/user/{idOrUsername} takes it.</summary>
    public UserAccount? FindByIdOrUsername(string key) =>
        FindById(key) ?? Array.Find(_accounts, a => string.Equals(a.Username, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The member who owns a workout, for the workout routes of other users' histories.</summary>
    public (UserAccount Owner, FakeWorkout Workout)? FindMemberWorkout(string workoutId)
    {
        foreach (var account in _accounts.Where(a => !a.IsSignedInUser))
        {
            if (account.History().Find(workoutId) is { } workout)
            {
                return (account, workout);
            }
        }

        return null;
    }
}
