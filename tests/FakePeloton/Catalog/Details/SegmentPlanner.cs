namespace FakePeloton.Catalog.Details;

/// <summary>
/// Cuts a class into 3 to 5 segments that cover it exactly: a warm-up and cool-down of about a tenth
/// each (a minute in short classes) around 1 main block, or 1 to 3 from 20 minutes on.
/// </summary>
internal static class SegmentPlanner
{
    public static IReadOnlyList<Segment> Plan(FakeRide ride, SegmentStyle style, Dice dice)
    {
        var duration = ride.DurationSeconds;
        var warmUp = duration <= 600 ? Math.Min(60, duration / 5) : WholeMinutes(duration * 0.1);
        var coolDown = duration <= 600 ? Math.Min(60, duration / 5) : WholeMinutes(duration * 0.08);
        var mainTotal = duration - warmUp - coolDown;
        var mainCount = duration < 1200 ? 1 : 1 + dice.Below("main_segments", 3);
        var focuses = FocusesOf(ride, mainCount, dice);

        var segments = new List<Segment> { new(0, "Warm Up", "warmup", style.MetricsType, 0, warmUp, Math.Max(1.0, style.IntensityInMets * 0.5), SegmentRole.WarmUp, null) };
        var start = warmUp;
        for (var i = 0; i < mainCount; i++)
        {
            var length = i < mainCount - 1 ? WholeMinutes(mainTotal / (double)mainCount) : warmUp + mainTotal - start;
            var focus = focuses?[i];
            segments.Add(new(i + 1, focus?.Name ?? style.Name, style.IconSlug, style.MetricsType, start, length, style.IntensityInMets, SegmentRole.Main, focus));
            start += length;
        }

        segments.Add(new(mainCount + 1, "Cool Down", "cooldown", style.MetricsType, start, coolDown, Math.Max(1.0, style.IntensityInMets * 0.4), SegmentRole.CoolDown, null));
        return segments;
    }

    /// <summary>Strength blocks follow the class's focus when its title names one ("Upper Body"), else rotate.</summary>
    private static BodyFocus[]? FocusesOf(FakeRide ride, int count, Dice dice)
    {
        if (ride.FitnessDiscipline != "strength")
        {
            return null;
        }

        var named = BodyFocus.All.FirstOrDefault(focus => ride.Title.Contains(focus.Name, StringComparison.OrdinalIgnoreCase));
        var first = dice.Below("focus", BodyFocus.All.Count);
        return Enumerable.Range(0, count).Select(i => named ?? BodyFocus.All[(first + i) % BodyFocus.All.Count]).ToArray();
    }

    private static int WholeMinutes(double seconds) => Math.Max(60, (int)Math.Round(seconds / 60, MidpointRounding.AwayFromZero) * 60);
}
