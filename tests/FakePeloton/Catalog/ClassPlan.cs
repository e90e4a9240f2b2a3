namespace FakePeloton.Catalog;

/// <summary>
/// How one kind of synthetic class is made: its discipline, share of the library, lengths, who may teach
/// it and which class types it uses.
/// </summary>
/// <param name="Name">The plan's own name, also a seed for its made-up values.</param>
/// <param name="Discipline">fitness_discipline.</param>
/// <param name="DisplayName">fitness_discipline_display_name.</param>
/// <param name="Noun">Ends the title unless the class type's name already says it: "30 min Climb Ride", "20 min Fun Run".</param>
/// <param name="Weight">Classes of this plan per 100 classes.</param>
/// <param name="Durations">Class lengths in seconds; repeats make a length more likely.</param>
/// <param name="Teaches">Whether an instructor's fitness_disciplines qualify them; null: no instructor (scenic rides).</param>
/// <param name="UsesClassType">Which class types the plan draws from.</param>
/// <param name="Outdoor">Outdoor audio classes (is_outdoor, "Outdoor" in the title).</param>
/// <param name="Metrics">The ride's metrics member.</param>
/// <param name="Segment">What the class's main segments look like in its details.</param>
internal sealed record ClassPlan(
    string Name,
    string Discipline,
    string DisplayName,
    string Noun,
    int Weight,
    int[] Durations,
    Func<IReadOnlyList<string>, bool>? Teaches,
    Func<FakeClassType, bool> UsesClassType,
    bool Outdoor,
    string[] Metrics,
    SegmentStyle Segment)
{
    public string ContentFormat => Outdoor ? "audio" : "video";
}
