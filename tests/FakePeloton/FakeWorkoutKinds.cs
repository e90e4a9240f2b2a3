namespace FakePeloton;

/// <summary>The values of <see cref="FakeWorkout.Kind"/>: which template or variant produced a workout.</summary>
public static class FakeWorkoutKinds
{
    // Templates built from the captured detail fixtures. Their first copy keeps the real workout id.
    public const string CyclingPowerHr = "cycling_power_hr";
    public const string Cycling2024 = "cycling_2024";
    public const string Meditation = "meditation";
    public const string RunningNoMetrics = "running_no_metrics";

    // Built from list items: the 2022 rower sample and the 2020 history page.
    public const string Rower = "rower";
    public const string Cycling2020 = "cycling_2020";
    public const string Stretching2020 = "stretching_2020";
    public const string Meditation2020 = "meditation_2020";

    // Variants of the above for the special cases of peloton-api.md 3.2 and 3.3.
    public const string JustRide = "just_ride";
    public const string Gym = "gym";
    public const string Outdoor = "outdoor";
    public const string InProgress = "in_progress";
}
