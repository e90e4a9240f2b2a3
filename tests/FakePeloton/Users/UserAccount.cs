using FakePeloton.History;

namespace FakePeloton.Users;

/// <summary>A user the routes can answer for: the signed-in one or a member.</summary>
/// <param name="History">Read per request: the signed-in user's history grows with AddWorkout.</param>
/// <param name="IsSignedInUser">The owner of the token, who always sees their own history.</param>
internal sealed record UserAccount(string Id, string Username, bool IsProfilePrivate, Func<HistorySnapshot> History, bool IsSignedInUser)
{
    /// <summary>Whether the token's owner may read this user's workouts and overview.</summary>
    public bool HistoryIsVisible => IsSignedInUser || !IsProfilePrivate;
}
