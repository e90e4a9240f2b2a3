namespace FakePeloton.Users;

/// <summary>
/// Weekly streaks: runs of consecutive weeks (Monday to Sunday, UTC) with at least one workout. "Current"
/// ends at the newest workout's week rather than today, so the numbers do not change with the clock.
/// </summary>
internal readonly record struct WeeklyStreak(int Current, int Best, DateTimeOffset? CurrentStart)
{
    public static WeeklyStreak Of(IReadOnlyList<FakeWorkout> newestFirst)
    {
        var weeks = newestFirst.Select(w => WeekStart(w.CreatedAt)).Distinct().OrderDescending().ToArray();
        if (weeks.Length == 0)
        {
            return new WeeklyStreak(0, 0, null);
        }

        int current = 0, best = 0, run = 0;
        for (var i = 0; i < weeks.Length; i++)
        {
            run = i > 0 && weeks[i - 1] - weeks[i] == TimeSpan.FromDays(7) ? run + 1 : 1;
            best = Math.Max(best, run);
            if (run == i + 1)
            {
                current = run;
            }
        }

        return new WeeklyStreak(current, best, weeks[current - 1]);
    }

    private static DateTimeOffset WeekStart(DateTimeOffset instant)
    {
        var day = new DateTimeOffset(instant.UtcDateTime.Date, TimeSpan.Zero);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
