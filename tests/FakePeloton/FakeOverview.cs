using System.Text.Json.Nodes;
using FakePeloton.Users;

namespace FakePeloton;

/// <summary>
/// The numbers of GET /api/user/{id}/overview, computed from a history, e.g.
/// <c>FakeOverview.Of(server.State.Workouts)</c> or <c>FakeOverview.Of(member.Workouts)</c>.
/// </summary>
public sealed class FakeOverview
{
    private readonly IReadOnlyList<(AchievementTemplate Template, int Count)> _achievements;

    private FakeOverview(IReadOnlyList<FakeWorkout> newestFirst)
    {
        TotalWorkouts = newestFirst.Count;
        WorkoutCounts = DisciplineCounts.Of(newestFirst);
        var streak = WeeklyStreak.Of(newestFirst);
        CurrentWeeklyStreak = streak.Current;
        BestWeeklyStreak = streak.Best;
        CurrentWeeklyStreakStart = streak.CurrentStart;
        PersonalRecords = Users.PersonalRecords.Of(newestFirst);
        _achievements = AchievementCounts.Of(newestFirst);
        AchievementCount = _achievements.Sum(a => a.Count);
    }

    /// <summary>workout_counts.total_workouts: every workout, in progress included.</summary>
    public int TotalWorkouts { get; }

    /// <summary>workout_counts.workouts as (fitness_discipline slug, count), zeros included, in the order served.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> WorkoutCounts { get; }

    /// <summary>Consecutive weeks (Monday–Sunday, UTC) with a workout, up to the newest workout's week.</summary>
    public int CurrentWeeklyStreak { get; }

    public int BestWeeklyStreak { get; }

    /// <summary>Monday 00:00 UTC of the current streak's first week; null for an empty history.</summary>
    public DateTimeOffset? CurrentWeeklyStreakStart { get; }

    public IReadOnlyList<FakePersonalRecord> PersonalRecords { get; }

    /// <summary>achievement_counts.total_count: achievements on the history's workout details.</summary>
    public int AchievementCount { get; }

    /// <summary>Computes the overview of a history given newest first (the order of FakePelotonState.Workouts).</summary>
    public static FakeOverview Of(IReadOnlyList<FakeWorkout> newestFirst) => new(newestFirst);

    internal byte[] ToJson(string userId) => JsonBytes.Of(new JsonObject
    {
        ["id"] = userId,
        ["workout_counts"] = new JsonObject
        {
            ["total_workouts"] = TotalWorkouts,
            ["workouts"] = DisciplineCounts.ToJson(WorkoutCounts),
        },
        ["streaks"] = new JsonObject
        {
            ["current_weekly"] = CurrentWeeklyStreak,
            ["best_weekly"] = BestWeeklyStreak,
            ["start_date_of_current_weekly"] = CurrentWeeklyStreakStart?.ToUnixTimeSeconds(),
        },
        ["personal_records"] = Users.PersonalRecords.ToJson(PersonalRecords),
        ["achievement_counts"] = AchievementCounts.ToJson(_achievements),
    });
}
