using System.Globalization;
using System.Text.Json.Nodes;

namespace FakePeloton.Users;

/// <summary>The personal_records of the overview, computed from a history (see <see cref="FakePersonalRecord"/>).</summary>
internal static class PersonalRecords
{
    private const double RunningMph = 6.0;

    private static readonly RecordKind[] Kinds =
    [
        new("cycling", "Cycling", "kj", facts => facts.TotalWork > 0 ? Math.Round(facts.TotalWork / 1000) : null),
        new("running", "Running", "mi", facts => Math.Round(RunningMph * facts.RideDuration / 3600, 2)),
        new("caesar", "Rowing", "kj", facts => facts.TotalWork > 0 ? Math.Round(facts.TotalWork / 1000) : null),
    ];

    /// <summary>Per discipline and class length, the best completed workout; the oldest wins a tie.</summary>
    public static IReadOnlyList<FakePersonalRecord> Of(IReadOnlyList<FakeWorkout> newestFirst)
    {
        var records = new List<FakePersonalRecord>();
        foreach (var kind in Kinds)
        {
            var best = new SortedDictionary<int, FakePersonalRecord>();
            for (var i = newestFirst.Count - 1; i >= 0; i--)
            {
                var workout = newestFirst[i];
                var facts = WorkoutFacts.Of(workout);
                if (!facts.IsComplete || facts.Discipline != kind.Discipline || facts.RideDuration <= 0
                    || kind.Value(facts) is not { } value
                    || (best.TryGetValue(facts.RideDuration, out var held) && held.RawValue >= value))
                {
                    continue;
                }

                var minutes = (facts.RideDuration / 60).ToString(CultureInfo.InvariantCulture);
                best[facts.RideDuration] = new(kind.Discipline, minutes + " min", minutes + "_min", value, kind.Unit, workout.WorkoutId, workout.CreatedAt);
            }

            records.AddRange(best.Values);
        }

        return records;
    }

    /// <summary>The overview member: one entry per discipline that has records, in Kinds order.</summary>
    public static JsonArray ToJson(IReadOnlyList<FakePersonalRecord> records) =>
    [
        .. Kinds
            .Where(kind => records.Any(r => r.Discipline == kind.Discipline))
            .Select(kind => new JsonObject
            {
                ["name"] = kind.Name,
                ["slug"] = kind.Discipline,
                ["records"] = new JsonArray([.. records.Where(r => r.Discipline == kind.Discipline).Select(Record)]),
            }),
    ];

    private static JsonObject Record(FakePersonalRecord record) => new()
    {
        ["name"] = record.Name,
        ["slug"] = record.Slug,
        ["value"] = record.RawValue.ToString(record.Unit == "mi" ? "0.00" : "0", CultureInfo.InvariantCulture),
        ["raw_value"] = record.RawValue,
        ["unit"] = record.Unit,
        ["unit_slug"] = record.Unit,
        ["workout_id"] = record.WorkoutId,
        ["workout_date"] = record.WorkoutDate.ToUnixTimeSeconds(),
    };

    private sealed record RecordKind(string Discipline, string Name, string Unit, Func<WorkoutFacts, double?> Value);
}
