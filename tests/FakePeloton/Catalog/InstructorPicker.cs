namespace FakePeloton.Catalog;

/// <summary>
/// Gives each class the qualified instructor who has the fewest classes so far (the earlier in list_order
/// on a tie), so every instructor teaches several classes.
/// </summary>
internal sealed class InstructorPicker(IReadOnlyList<FakeInstructor> instructors)
{
    private readonly int[] _load = new int[instructors.Count];

    /// <summary>Null when the plan has no instructor; falls back to everyone if nobody qualifies.</summary>
    public FakeInstructor? Pick(ClassPlan plan)
    {
        if (plan.Teaches is null)
        {
            return null;
        }

        var qualified = Enumerable.Range(0, instructors.Count).Where(i => plan.Teaches(instructors[i].FitnessDisciplines)).ToArray();
        var candidates = qualified.Length > 0 ? qualified : Enumerable.Range(0, instructors.Count).ToArray();
        var chosen = candidates.MinBy(i => _load[i]);
        _load[chosen]++;
        return instructors[chosen];
    }
}
