using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Get-PelotonWorkout -WorkoutId and -IncludeSummary through real runspaces.</summary>
public sealed class GetPelotonWorkoutByIdTests : IClassFixture<FakeServerFixture>
{
    private const string PowerZoneRide = "3bade6602259414a82576302f9339175";
    private const string Meditation = "aaa6527fd5a74b7e8e2f8975c6025e60";
    private const string Unknown = "0123456789abcdef0123456789abcdef";
    private readonly FakeServerFixture fake;

    public GetPelotonWorkoutByIdTests(FakeServerFixture fake) => this.fake = fake;

    [Fact]
    public void TheDetailAddsLeaderboardFtpAndAchievements()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke($"Get-PelotonWorkout -Session $session -WorkoutId {PowerZoneRide}").AssertNoErrors();

        PSObject w = Assert.Single(result.Output);
        Assert.Equal(33331, w.Get<int?>("LeaderboardRank"));
        Assert.Equal(57337, w.Get<int?>("TotalLeaderboardUsers"));
        Assert.Equal(154, w.Get<int?>("FtpAtStart"));
        Assert.Equal("Dynamic Duo", w.Text("Achievements"));
        Assert.Equal("Christine D'Ercole", w.Text("InstructorName"));
        Assert.Null(w.Get("AvgHeartRateBpm")); // only with -IncludeSummary
    }

    [Fact]
    public void WorkoutsFromTheListPipeIntoDetailsInOrderByPropertyName()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 5 | Get-PelotonWorkout -Session $session").AssertNoErrors();

        Assert.Equal(fake.Server.State.Workouts.Take(5).Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
        Assert.Equal(33331, result.Output[0].Get<int?>("LeaderboardRank"));
    }

    [Fact]
    public void IdsBindFromAnyObjectWithAWorkoutIdPropertyAndAnyCase()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke($"[pscustomobject]@{{ WorkoutId = '{PowerZoneRide.ToUpperInvariant()}' }} | Get-PelotonWorkout -Session $session").AssertNoErrors();

        Assert.Equal(PowerZoneRide, Assert.Single(result.Output).Text("WorkoutId"));
        Assert.Contains(fake.Server.Requests, r => r.Path == $"/api/workout/{PowerZoneRide}" && r.Query.Contains("joins=ride,ride.instructor") && r.Headers["authorization"] == "Bearer " + token);
    }

    [Fact]
    public void AnUnknownIdIsANonTerminatingErrorAndThePipelineGoesOn()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke($"Get-PelotonWorkout -Session $session -WorkoutId {PowerZoneRide}, {Unknown}, {Meditation}");

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonWorkoutNotFound,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(Unknown, error.TargetObject);
        Assert.Contains(Unknown, error.ErrorDetails.Message);
        Assert.Equal(new[] { PowerZoneRide, Meditation }, result.Output.Select(o => o.Text("WorkoutId")));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3bade6602259414a82576302f933917")]
    [InlineData("3bade6602259414a82576302f933917z")]
    public void AMalformedIdIsRejectedAtBindingWithTheExpectedShape(string id)
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        int before = fake.Server.Requests.Count;
        ScriptResult result = runspace.Invoke($"Get-PelotonWorkout -Session $session -WorkoutId '{id}'");

        ErrorRecord error = result.SingleError;
        Assert.Equal("ParameterArgumentValidationError,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", error.FullyQualifiedErrorId);
        Assert.Contains("32 hexadecimal characters", error.Exception.Message);
        Assert.Equal(before, fake.Server.Requests.Count);
    }

    [Fact]
    public void IncludeSummaryFillsTotalsFromTheGraphKeepingOrderAndNulls()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 11 -IncludeSummary").AssertNoErrors();

        Assert.Equal(fake.Server.State.Workouts.Take(11).Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
        PSObject ride = result.Output.Single(o => o.Text("WorkoutId") == PowerZoneRide);
        Assert.Equal(138.0, ride.Get<double?>("AvgHeartRateBpm"));
        Assert.Equal(236.0, ride.Get<double?>("CaloriesKcal"));
        Assert.Equal(7.97, ride.Get<double?>("Distance"));
        Assert.Equal("mi", ride.Text("DistanceUnit"));
        Assert.Equal(98.0, ride.Get<double?>("AvgOutputWatts"));
        Assert.Equal(85.0, ride.Get<double?>("AvgCadenceRpm"));
        Assert.Equal(175.77276, ride.Get<double?>("TotalOutputKj")!.Value, 5); // the precise total_work wins over the rounded summary
        Assert.Equal(1111, ride.Get<int?>("HeartRateZone3Seconds"));
        PSObject meditation = result.Output.Single(o => o.Text("WorkoutId") == Meditation);
        Assert.Null(meditation.Get("AvgHeartRateBpm"));
        Assert.Null(meditation.Get("TotalOutputKj"));
        Assert.Null(meditation.Get("Distance"));
        Assert.Equal(11, fake.Server.Requests.Count(r => r.Path.EndsWith("/performance_graph") && r.Headers["authorization"] == "Bearer " + token));
    }

    [Fact]
    public void IncludeSummaryWorksWithIdsToo()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke($"Get-PelotonWorkout -Session $session -WorkoutId {PowerZoneRide} -IncludeSummary").AssertNoErrors();

        PSObject w = Assert.Single(result.Output);
        Assert.Equal(33331, w.Get<int?>("LeaderboardRank"));
        Assert.Equal(154.0, w.Get<double?>("MaxHeartRateBpm"));
    }
}
