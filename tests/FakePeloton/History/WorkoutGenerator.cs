using System.Globalization;

namespace FakePeloton.History;

/// <summary>Turns a position in the template cycle and a start time into a workout.</summary>
internal sealed class WorkoutGenerator(WorkoutTemplateCatalog catalog, string userId)
{
    /// <summary>
    /// The n-th workout of the cycle. The first round keeps the captured ids, so tests can assert fixture
    /// values through them; later copies get ids derived from the user and n.
    /// </summary>
    public FakeWorkout Generate(int sequence, DateTimeOffset createdAt)
    {
        var template = catalog.ForSequence(sequence);
        var id = HistoryCycle.RoundOf(sequence) == 0 && template.RealId is { } realId
            ? realId
            : SyntheticIds.Hex32("workout", userId, sequence.ToString(CultureInfo.InvariantCulture));
        return Create(template, id, createdAt);
    }

    public FakeWorkout GenerateInProgress(DateTimeOffset createdAt) =>
        Create(catalog.InProgress, SyntheticIds.Hex32("workout", userId, FakeWorkoutKinds.InProgress), createdAt);

    private FakeWorkout Create(WorkoutTemplate template, string id, DateTimeOffset createdAt) =>
        new(template, new WorkoutValues(id, userId, createdAt.ToUnixTimeSeconds()));
}
