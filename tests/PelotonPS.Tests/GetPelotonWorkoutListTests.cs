using System.Management.Automation;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Get-PelotonWorkout in list mode, against a fake history of 250 workouts.</summary>
public sealed class GetPelotonWorkoutListTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeServerFixture fake;

    public GetPelotonWorkoutListTests(FakeServerFixture fake) => this.fake = fake;

    private IEnumerable<FakePeloton.RecordedRequest> WorkoutPageRequests(string token)
        => fake.Server.Requests.Where(r => r.Path.EndsWith("/workouts", StringComparison.Ordinal)
            && r.Headers.GetValueOrDefault("authorization") == "Bearer " + token);

    [Fact]
    public void ListsTheWholeHistoryNewestFirstWithoutDuplicates()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session");

        result.AssertNoErrors();
        List<string> expectedIds = fake.Server.State.Workouts.Select(w => w.WorkoutId).ToList();
        List<string> ids = result.Output.Select(o => o.Text("WorkoutId")!).ToList();
        Assert.Equal(250, ids.Count);
        Assert.Equal(expectedIds, ids);
        Assert.All(result.Output, o => Assert.Contains("PelotonPS.Workout", o.TypeNames));
        List<DateTime> starts = result.Output.Select(o => o.Get<DateTime?>("StartTime")!.Value).ToList();
        Assert.Equal(starts.OrderByDescending(s => s).ToList(), starts);

        // Three pages, each asking for the maximum page size of 100.
        List<string> queries = WorkoutPageRequests(token).Select(r => r.Query).ToList();
        Assert.Equal(3, queries.Count);
        Assert.All(queries, q => Assert.Contains("limit=100", q));
        // Pages after the first are fetched together (the prefetch window), so they may arrive in any order.
        Assert.Equal("page=0", queries[0].Split('&').Single(p => p.StartsWith("page=")));
        Assert.Equal(new[] { "page=0", "page=1", "page=2" }, queries.Select(q => q.Split('&').Single(p => p.StartsWith("page="))).OrderBy(p => p));
    }

    [Fact]
    public void MapsTheRealFixtureWorkoutInTheHistory()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session | Where-Object WorkoutId -eq '3bade6602259414a82576302f9339175'");

        PSObject workout = Assert.Single(result.Output);
        Assert.Equal("cycling", workout.Text("FitnessDiscipline"));
        Assert.Equal("30 min Power Zone Endurance Ride", workout.Text("Title"));
        Assert.Equal("Christine D'Ercole", workout.Text("InstructorName"));
        Assert.Equal(1800, workout.Get<int?>("ClassLengthSeconds"));
        Assert.Equal("6e513fd6ad1c4d12b829624fa22b38a0", workout.Text("RideId"));
        Assert.Equal("5a19bfe66e644a2fa3e6387a91ebc5ce", workout.Text("InstructorId"));
        Assert.Equal(175.77276, workout.Get<double?>("TotalOutputKj")!.Value, 5);
        Assert.Equal("COMPLETE", workout.Text("Status"));
    }

    [Fact]
    public void FirstStopsPagingOnceSatisfied()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 3");

        Assert.Equal(fake.Server.State.Workouts.Take(3).Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
        Assert.Single(WorkoutPageRequests(token));
    }

    [Fact]
    public void SkipJumpsWholePagesAndSkipsTheRestLocally()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -Skip 150 -First 5");

        Assert.Equal(fake.Server.State.Workouts.Skip(150).Take(5).Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
        var request = Assert.Single(WorkoutPageRequests(token));
        Assert.Contains("page=1", request.Query.Split('&'));
    }

    [Fact]
    public void FirstAcrossPagesReturnsExactlyThatMany()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -Skip 95 -First 10");

        Assert.Equal(fake.Server.State.Workouts.Skip(95).Take(10).Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
        Assert.Equal(2, WorkoutPageRequests(token).Count());
    }

    [Fact]
    public void IncludeTotalCountWritesTheApiTotalBeforeTheItems()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 2 -IncludeTotalCount");

        Assert.Equal(3, result.Output.Count);
        Assert.Equal(250UL, Convert.ToUInt64(result.Output[0].BaseObject));
        Assert.Equal(1.0, (double)result.Output[0].Properties["Accuracy"].Value);
    }

    [Fact]
    public void StreamsPageByPageSoADownstreamStopEndsThePaging()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        // A downstream stop after three objects (what Select-Object -First 3 does): break unwinds the pipeline through WriteObject.
        ScriptResult result = runspace.Invoke(
            "$seen = [System.Collections.Generic.List[object]]::new()\n" +
            "do { Get-PelotonWorkout -Session $session | ForEach-Object { $seen.Add($_); if ($seen.Count -eq 3) { break } } } while ($false)\n" +
            "$seen.Count");

        Assert.Equal(3, Assert.Single(result.Output).BaseObject);
        Assert.Single(WorkoutPageRequests(token));
    }

    [Fact]
    public void WritesPageProgressWithANewRecordEachTime()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session");

        List<string> statuses = result.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).Select(p => p.StatusDescription).ToList();
        Assert.Equal(new[] { "Page 1 of 3", "Page 2 of 3", "Page 3 of 3" }, statuses);
        Assert.Equal(ProgressRecordType.Completed, result.Progress[^1].RecordType);
    }

    [Fact]
    public void TheDefaultTableFitsA120ColumnConsole()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        runspace.Host.ClearText();
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 5 | Out-Default");

        result.AssertNoErrors();
        string[] lines = runspace.Host.Text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("StartTime", StringComparison.Ordinal) && l.Contains("Discipline") && l.Contains("Title") && l.Contains("Instructor") && l.Contains("Duration") && l.Contains("Output (kJ)"));
        Assert.All(lines, l => Assert.True(l.Length <= 120, $"Line too wide ({l.Length}): {l}"));
        Assert.True(lines.Length >= 7); // header, dashes, five rows
    }
}
