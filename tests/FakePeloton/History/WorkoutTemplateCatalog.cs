using System.Text.Json.Nodes;

namespace FakePeloton.History;

/// <summary>Every workout template, built once from the fixture files.</summary>
internal sealed class WorkoutTemplateCatalog
{
    private readonly Dictionary<string, WorkoutTemplate[]> _byKind;

    private WorkoutTemplateCatalog(IEnumerable<WorkoutTemplate> templates)
    {
        _byKind = templates.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.ToArray());
        var missing = Enumerable.Range(0, HistoryCycle.Length).Select(HistoryCycle.KindAt).Where(k => !_byKind.ContainsKey(k)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"No template for kind(s) {string.Join(", ", missing)}.");
        }

        InProgress = _byKind[FakeWorkoutKinds.InProgress][0];
    }

    public WorkoutTemplate InProgress { get; }

    /// <summary>
    /// The template for the n-th generated workout. Kinds with several templates (the 2020 items) take
    /// the next one on each round, so repeated copies are not all the same workout.
    /// </summary>
    public WorkoutTemplate ForSequence(int sequence)
    {
        var candidates = _byKind[HistoryCycle.KindAt(sequence)];
        return candidates[HistoryCycle.RoundOf(sequence) % candidates.Length];
    }

    public static WorkoutTemplateCatalog Load(FixtureFiles files)
    {
        var powerHr = Captured(files, "cycling_power_hr");
        var scenic = Captured(files, "cycling_2024");
        var meditation = Captured(files, "meditation");
        var running = Captured(files, "running_no_metrics");
        var rowerItem = files.ReadObject("user_workouts_page0_rower_2022.json")["data"]?[0]?.DeepClone().AsObject()
            ?? throw new InvalidDataException("The rower page has no item.");
        var graph2020 = files.ReadBytes("performance_graph_cycling_2020_every5.json");
        var cyclingRide = powerHr.Detail["ride"]!.AsObject();

        List<WorkoutTemplate> templates =
        [
            WorkoutTemplate.Create(FakeWorkoutKinds.CyclingPowerHr, powerHr.Detail, powerHr.Graph, keepRealId: true),
            WorkoutTemplate.Create(FakeWorkoutKinds.Cycling2024, scenic.Detail, scenic.Graph, keepRealId: true),
            WorkoutTemplate.Create(FakeWorkoutKinds.Meditation, meditation.Detail, meditation.Graph, keepRealId: true),
            WorkoutTemplate.Create(FakeWorkoutKinds.RunningNoMetrics, running.Detail, running.Graph, keepRealId: true),
            WorkoutTemplate.Create(FakeWorkoutKinds.Rower, rowerItem, files.ReadBytes("performance_graph_rower.json")),
            WorkoutTemplate.Create(FakeWorkoutKinds.JustRide, WorkoutVariants.JustRide(powerHr.Detail), powerHr.Graph),
            WorkoutTemplate.Create(FakeWorkoutKinds.Gym, WorkoutVariants.Gym(meditation.Detail), meditation.Graph),
            WorkoutTemplate.Create(FakeWorkoutKinds.Outdoor, WorkoutVariants.Outdoor(running.Detail), running.Graph),
            WorkoutTemplate.Create(FakeWorkoutKinds.InProgress, WorkoutVariants.InProgress(powerHr.Detail), powerHr.Graph),
        ];
        templates.AddRange(Legacy2020Workouts.From(files.ReadObject("user_workouts_page0_2020.json"), cyclingRide)
            .Select(legacy => WorkoutTemplate.Create(legacy.Kind, legacy.Detail, graph2020)));
        return new WorkoutTemplateCatalog(templates);
    }

    /// <summary>A captured detail and its performance graph: workout_{name}.json and performance_graph_{name}.json.</summary>
    private static (JsonObject Detail, byte[] Graph) Captured(FixtureFiles files, string name) =>
        (files.ReadObject($"workout_{name}.json"), files.ReadBytes($"performance_graph_{name}.json"));
}
