namespace FakePeloton.History;

/// <summary>
/// An immutable view of the history. Adding a workout swaps in a new snapshot, so requests read a
/// consistent history without locks while a test adds workouts.
/// </summary>
internal sealed class HistorySnapshot
{
    private readonly Dictionary<string, FakeWorkout> _byId;

    public HistorySnapshot(FakeWorkout[] newestFirst)
    {
        NewestFirst = newestFirst;
        _byId = newestFirst.ToDictionary(w => w.WorkoutId, StringComparer.Ordinal);

        // The envelope's summary counts every month of the whole history (peloton-api.md 4.3); months in UTC.
        MonthCounts = newestFirst
            .GroupBy(w => w.CreatedAt.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToArray();
    }

    public FakeWorkout[] NewestFirst { get; }

    public IReadOnlyList<KeyValuePair<string, int>> MonthCounts { get; }

    public FakeWorkout? Find(string id) => _byId.GetValueOrDefault(id);

    public HistorySnapshot Prepend(FakeWorkout newest) => new([newest, .. NewestFirst]);
}
