using FakePeloton.History;

namespace FakePeloton.Users;

/// <summary>Generates the histories of FakePelotonOptions.OtherUsers, once at start.</summary>
internal static class MemberHistories
{
    /// <summary>Other users' workouts are spaced differently from the signed-in user's 19 hours, so their dates differ too.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromHours(29);

    private static readonly TimeSpan FirstOffset = TimeSpan.FromHours(5);

    public static IReadOnlyList<FakeMember> Generate(FakePelotonOptions options, WorkoutTemplateCatalog templates)
    {
        var members = options.OtherUsers.Select(user => Generate(user, options.NewestWorkoutStart - FirstOffset, templates)).ToArray();
        var ids = members.Select(m => m.UserId).Append(options.UserId);
        var names = members.Select(m => m.Username).Append(options.Username);
        if (ids.Distinct(StringComparer.Ordinal).Count() != members.Length + 1
            || names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != members.Length + 1)
        {
            throw new ArgumentException("OtherUsers need ids and usernames of their own.", nameof(options));
        }

        return members;
    }

    private static FakeMember Generate(FakeUser user, DateTimeOffset newest, WorkoutTemplateCatalog templates)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(user.WorkoutCount);
        var generator = new WorkoutGenerator(templates, user.Id);

        // Starting one cycle in skips the first round, the one that keeps the captured workout ids.
        var workouts = Enumerable.Range(0, user.WorkoutCount)
            .Select(i => generator.Generate(HistoryCycle.Length + i, newest - (i * Spacing)))
            .ToArray();
        return new FakeMember(user, new HistorySnapshot(workouts));
    }
}
