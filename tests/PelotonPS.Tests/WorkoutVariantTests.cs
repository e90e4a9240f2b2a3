using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>A fake history whose newest workout is still in progress.</summary>
public sealed class InProgressHistoryFixture : FakeServerFixture
{
    protected override FakePelotonOptions CreateOptions() => new() { WorkoutCount = 30, NewestInProgress = true };
}

/// <summary>The special workouts of peloton-api.md 3.2 and 3.3, listed through a real runspace.</summary>
public sealed class WorkoutVariantTests : IClassFixture<InProgressHistoryFixture>
{
    private readonly InProgressHistoryFixture fake;
    private readonly Dictionary<string, PSObject> byKind = new();

    public WorkoutVariantTests(InProgressHistoryFixture fake)
    {
        this.fake = fake;
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session").AssertNoErrors();
        Assert.Equal(30, result.Output.Count);
        foreach (FakeWorkout workout in fake.Server.State.Workouts)
        {
            byKind.TryAdd(workout.Kind, result.Output.Single(o => o.Text("WorkoutId") == workout.WorkoutId));
        }
    }

    [Fact]
    public void AJustRideHasNoRideIdAndTheWorkoutTitle()
    {
        PSObject w = byKind[FakeWorkoutKinds.JustRide];
        Assert.Null(w.Get("RideId"));
        Assert.Equal("Just Ride", w.Text("Title"));
        Assert.Null(w.Get("ClassLengthSeconds"));
        Assert.Null(w.Get("InstructorId"));
    }

    [Fact]
    public void AGymWorkoutKeepsItsDashedRideId()
    {
        PSObject w = byKind[FakeWorkoutKinds.Gym];
        Assert.Equal("301aabb0-7139-42cb-b44e-786182646316", w.Text("RideId"));
        Assert.Equal("strength", w.Text("FitnessDiscipline"));
    }

    [Fact]
    public void AWorkoutInProgressHasNoEndTimeNorDuration()
    {
        PSObject w = byKind[FakeWorkoutKinds.InProgress];
        Assert.Equal(fake.Server.State.Workouts[0].WorkoutId, w.Text("WorkoutId"));
        Assert.Null(w.Get("EndTime"));
        Assert.Null(w.Get("Duration"));
        Assert.Equal("IN_PROGRESS", w.Text("Status"));
        Assert.NotNull(w.Get("StartTime"));
    }

    [Fact]
    public void AScenicRideHasNoInstructor()
    {
        PSObject w = byKind[FakeWorkoutKinds.Cycling2024];
        Assert.Equal("65ecf21320f3413b89a184b478c38d84", w.Text("WorkoutId"));
        Assert.Null(w.Get("InstructorId"));
        Assert.Null(w.Get("InstructorName"));
        Assert.Equal("20 min Veluwe National Park Ride", w.Text("Title"));
    }

    [Fact]
    public void AnOutdoorRunIsMarkedOutdoor()
    {
        PSObject w = byKind[FakeWorkoutKinds.Outdoor];
        Assert.True(w.Get<bool?>("IsOutdoor"));
        Assert.Equal("running", w.Text("FitnessDiscipline"));
    }

    [Fact]
    public void ClassesWithoutMetricsHaveNullOutputNotZero()
    {
        foreach (string kind in new[] { FakeWorkoutKinds.Meditation, FakeWorkoutKinds.RunningNoMetrics, FakeWorkoutKinds.Stretching2020 })
        {
            Assert.Null(byKind[kind].Get("TotalOutputKj"));
        }
    }

    [Fact]
    public void The2020FieldSetAndTheRowerMapToo()
    {
        PSObject stretch = byKind[FakeWorkoutKinds.Stretching2020];
        Assert.Equal("stretching", stretch.Text("FitnessDiscipline"));
        Assert.Null(stretch.Get("IsOutdoor"));
        PSObject rower = byKind[FakeWorkoutKinds.Rower];
        Assert.Equal("caesar", rower.Text("FitnessDiscipline"));
        Assert.Equal(10.3, rower.Get<double?>("EffortPoints"));
    }

    [Fact]
    public void FilteringByDisciplineKeepsOnlyThoseWorkouts()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -FitnessDiscipline meditation, caesar").AssertNoErrors();

        int expected = fake.Server.State.Workouts.Count(w => w.Kind is FakeWorkoutKinds.Meditation or FakeWorkoutKinds.Meditation2020 or FakeWorkoutKinds.Rower);
        Assert.Equal(expected, result.Output.Count);
        Assert.All(result.Output, o => Assert.Contains(o.Text("FitnessDiscipline"), new[] { "meditation", "caesar" }));
    }

    [Fact]
    public void SinceAndUntilSelectAWindow()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        IReadOnlyList<FakeWorkout> all = fake.Server.State.Workouts;
        var variables = new Dictionary<string, object?>
        {
            ["since"] = all[12].CreatedAt.UtcDateTime.AddMinutes(-1),
            ["until"] = all[5].CreatedAt.UtcDateTime.AddHours(2),
        };
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -Since $since -Until $until", variables).AssertNoErrors();

        Assert.Equal(all.Skip(5).Take(8).Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
    }
}
