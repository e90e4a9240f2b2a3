using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Get-PelotonPerformanceGraph, Get-PelotonWorkoutSample and Get-PelotonWorkoutMovement through real runspaces.</summary>
public sealed class PerformanceDataTests : IClassFixture<FakeServerFixture>
{
    private const string PowerZoneRide = "3bade6602259414a82576302f9339175";
    private readonly FakeServerFixture fake;

    public PerformanceDataTests(FakeServerFixture fake) => this.fake = fake;

    [Fact]
    public void TheGraphHasFlatTotalsAndItsListsAndAsksForEveryFiveByDefault()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke($"Get-PelotonPerformanceGraph -Session $session {PowerZoneRide}").AssertNoErrors();

        PSObject graph = Assert.Single(result.Output);
        Assert.Contains("PelotonPS.PerformanceGraph", graph.TypeNames);
        Assert.Equal(PowerZoneRide, graph.Text("WorkoutId"));
        Assert.Equal(5, graph.Get<int>("EveryN"));
        Assert.Equal(176.0, graph.Get<double?>("TotalOutputKj"));
        Assert.Equal(138.0, graph.Get<double?>("AvgHeartRateBpm"));
        ScriptResult lists = runspace.Invoke($"$g = Get-PelotonPerformanceGraph -Session $session {PowerZoneRide}; $g.HeartRateZones.Count; $g.Segments.Count; $g.Metrics[0].Slug").AssertNoErrors();
        Assert.Equal(new object[] { 5, 3, "output" }, lists.Output.Select(o => o.BaseObject));
        Assert.Contains(fake.Server.Requests, r => r.Path == $"/api/workout/{PowerZoneRide}/performance_graph" && r.Query == "every_n=5" && r.Headers["authorization"] == "Bearer " + token);
    }

    [Fact]
    public void SamplesComeOnePerPointForEachPipedWorkoutInInputOrder()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 3 | Get-PelotonWorkoutSample -Session $session").AssertNoErrors();

        List<string> ids = fake.Server.State.Workouts.Take(3).Select(w => w.WorkoutId).ToList();
        // The fake's first three: the power-zone ride (1799 points), a 2020 stretch (the 2020 graph, 181) and the scenic ride (241).
        Assert.Equal(1799 + 181 + 241, result.Output.Count);
        Assert.Equal(ids, result.Output.Select(o => o.Text("WorkoutId")).Distinct());
        PSObject first = result.Output[0];
        Assert.Contains("PelotonPS.WorkoutSample", first.TypeNames);
        Assert.Equal((1, "Warmup", 39.0, 88.0), (first.Get<int>("Offset"), first.Text("Segment"), first.Get<double?>("Output")!.Value, first.Get<double?>("HeartRate")!.Value));
        Assert.All(fake.Server.Requests.Where(r => r.Path.EndsWith("/performance_graph") && r.Headers["authorization"] == "Bearer " + token), r => Assert.Equal("every_n=1", r.Query));
    }

    [Fact]
    public void MovementsListTheTrackedExercisesAndNothingForOtherWorkouts()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        string gym = fake.Server.State.Workouts.First(w => w.Kind == FakePeloton.FakeWorkoutKinds.Gym).WorkoutId;
        ScriptResult result = runspace.Invoke($"Get-PelotonWorkoutMovement -Session $session -WorkoutId {PowerZoneRide}, {gym}").AssertNoErrors();

        Assert.Equal(2, result.Output.Count);
        PSObject press = result.Output[0];
        Assert.Equal((gym, 1, "Dumbbell Shoulder Press", "rep_counting", 12.0, 15.0, "lb"),
            (press.Text("WorkoutId"), press.Get<int>("Order"), press.Text("MovementName"), press.Text("TrackingType"), press.Get<double?>("Reps")!.Value, press.Get<double?>("Weight")!.Value, press.Text("WeightUnit")));
        Assert.Equal(("Forearm Plank", 30.0), (result.Output[1].Text("MovementName"), result.Output[1].Get<double?>("DurationSeconds")!.Value));
    }

    [Theory]
    [InlineData("Get-PelotonPerformanceGraph", "GetPelotonPerformanceGraphCommand", 1)]
    [InlineData("Get-PelotonWorkoutSample", "GetPelotonWorkoutSampleCommand", 1799)]
    [InlineData("Get-PelotonWorkoutMovement", "GetPelotonWorkoutMovementCommand", 0)]
    public void AMissingWorkoutIsANonTerminatingPelotonWorkoutNotFound(string cmdlet, string className, int outputForTheRide)
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        const string unknown = "ffffffffffffffffffffffffffffffff";
        ScriptResult result = runspace.Invoke($"{cmdlet} -Session $session -WorkoutId {unknown}, {PowerZoneRide}");

        ErrorRecord error = result.SingleError;
        Assert.Equal($"PelotonWorkoutNotFound,PelotonPS.Commands.Cmdlets.{className}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(unknown, error.TargetObject);
        Assert.Equal(outputForTheRide, result.Output.Count);
        Assert.All(result.Output, o => Assert.Equal(PowerZoneRide, o.Text("WorkoutId")));
    }

    [Fact]
    public void SamplesAndGraphsTakeTheirIdsFromWorkoutObjectsNotRideIds()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke($"Get-PelotonWorkout -Session $session -WorkoutId {PowerZoneRide} | Get-PelotonPerformanceGraph -Session $session -EveryN 30").AssertNoErrors();

        PSObject graph = Assert.Single(result.Output);
        Assert.Equal(PowerZoneRide, graph.Text("WorkoutId"));
        Assert.Equal(30, graph.Get<int>("EveryN"));
    }
}
