using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FakePeloton.Users;

/// <summary>What the overview and profile need of one workout, read once from its detail JSON and cached.</summary>
internal sealed record WorkoutFacts(
    string Discipline,
    bool IsComplete,
    double TotalWork,
    int RideDuration,
    IReadOnlyList<AchievementTemplate> Achievements)
{
    private static readonly ConditionalWeakTable<FakeWorkout, WorkoutFacts> Cache = [];

    public static WorkoutFacts Of(FakeWorkout workout) => Cache.GetValue(workout, Read);

    private static WorkoutFacts Read(FakeWorkout workout)
    {
        using var document = JsonDocument.Parse(workout.DetailJson);
        var root = document.RootElement;
        return new WorkoutFacts(
            root.OptionalString("fitness_discipline") ?? "unknown",
            root.OptionalString("status") == "COMPLETE",
            root.OptionalNumber("total_work") ?? 0,
            (int)(root.OptionalMember("ride", JsonValueKind.Object)?.OptionalNumber("duration") ?? 0),
            root.OptionalMember("achievement_templates", JsonValueKind.Array)?.EnumerateArray().Select(AchievementTemplate.From).ToArray() ?? []);
    }
}
