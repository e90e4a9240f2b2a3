namespace FakePeloton.History;

/// <summary>
/// The fixed order in which templates repeat through a history: every kind but in_progress appears in
/// any 11 consecutive workouts, and the first round holds the four captured workouts with their real ids.
/// </summary>
internal static class HistoryCycle
{
    private static readonly string[] Kinds =
    [
        FakeWorkoutKinds.CyclingPowerHr,
        FakeWorkoutKinds.Stretching2020,
        FakeWorkoutKinds.Cycling2024,
        FakeWorkoutKinds.JustRide,
        FakeWorkoutKinds.Meditation,
        FakeWorkoutKinds.Rower,
        FakeWorkoutKinds.Cycling2020,
        FakeWorkoutKinds.Gym,
        FakeWorkoutKinds.RunningNoMetrics,
        FakeWorkoutKinds.Outdoor,
        FakeWorkoutKinds.Meditation2020,
    ];

    public static int Length => Kinds.Length;

    public static string KindAt(int sequence) => Kinds[sequence % Kinds.Length];

    /// <summary>0 for the first pass through the cycle, 1 for the second, …</summary>
    public static int RoundOf(int sequence) => sequence / Kinds.Length;
}
