using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>A synced archive, queried offline: the same objects and filters as online, with no network and no session.</summary>
public sealed class OfflineArchiveFixture : IAsyncLifetime
{
    public FakePelotonServer Server { get; private set; } = null!;

    public TempFolder Archive { get; } = new();

    public async Task InitializeAsync()
    {
        Server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 30 });
        using ModuleRunspace runspace = Connected.Runspace(Server, out _);
        runspace.Invoke("Sync-PelotonWorkout -Session $session -Path $archive", new Dictionary<string, object?> { ["archive"] = Archive.Path }).AssertNoErrors();
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Archive.Dispose();
    }
}

public sealed class OfflineTests : IClassFixture<OfflineArchiveFixture>
{
    private readonly OfflineArchiveFixture fixture;

    public OfflineTests(OfflineArchiveFixture fixture) => this.fixture = fixture;

    private Dictionary<string, object?> Variables() => new() { ["archive"] = fixture.Archive.Path };

    /// <summary>Every property of every object, as text, for comparing online and offline answers.</summary>
    private static List<string> Flatten(IEnumerable<PSObject> objects)
        => objects.Select(o => string.Join("|", o.Properties.Select(p => p.Name + "=" + p.Value))).ToList();

    /// <remarks>
    /// The archive keeps each workout's detail, so offline lists carry the detail's members too (leaderboard rank,
    /// FTP, achievements): they equal the online list piped into the online detail.
    /// </remarks>
    [Theory]
    [InlineData("", "-IncludeSummary")]
    [InlineData("-FitnessDiscipline cycling, meditation -First 5 -Skip 1", "")]
    [InlineData("-Since $since -Until $until", "")]
    public void OfflineListsEqualOnlineListsWithTheirDetails(string filters, string summary)
    {
        using ModuleRunspace runspace = Connected.Runspace(fixture.Server, out _);
        Dictionary<string, object?> variables = Variables();
        variables["since"] = fixture.Server.State.Workouts[20].CreatedAt.UtcDateTime;
        variables["until"] = fixture.Server.State.Workouts[3].CreatedAt.UtcDateTime.AddHours(1);

        ScriptResult online = runspace.Invoke($"Get-PelotonWorkout -Session $session {filters} | Get-PelotonWorkout -Session $session {summary}", variables).AssertNoErrors();
        int requests = fixture.Server.Requests.Count;
        ScriptResult offline = runspace.Invoke($"Get-PelotonWorkout -ArchivePath $archive {filters} {summary}", variables).AssertNoErrors();

        Assert.NotEmpty(online.Output);
        Assert.Equal(Flatten(online.Output), Flatten(offline.Output));
        Assert.Equal(requests, fixture.Server.Requests.Count);
    }

    [Fact]
    public void GraphsSamplesMovementsAndDetailsEqualOnlineOnesWithoutASession()
    {
        using ModuleRunspace connected = Connected.Runspace(fixture.Server, out _);
        using var offline = new ModuleRunspace();
        string gym = fixture.Server.State.Workouts.First(w => w.Kind == FakeWorkoutKinds.Gym).WorkoutId;
        const string ride = "3bade6602259414a82576302f9339175";
        foreach (string command in new[] { $"Get-PelotonWorkout -WorkoutId {ride}, {gym} -IncludeSummary", $"Get-PelotonPerformanceGraph -WorkoutId {ride} -EveryN 1",
                     $"Get-PelotonWorkoutSample -WorkoutId {ride}", $"Get-PelotonWorkoutMovement -WorkoutId {gym}" })
        {
            ScriptResult expected = connected.Invoke(command + " -Session $session").AssertNoErrors();
            ScriptResult actual = offline.Invoke(command + " -ArchivePath $archive", Variables()).AssertNoErrors();

            Assert.NotEmpty(expected.Output);
            Assert.Equal(Flatten(expected.Output), Flatten(actual.Output));
        }
    }

    [Fact]
    public void ACoarserSampleStepKeepsEveryKthPoint()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke("Get-PelotonWorkoutSample -WorkoutId 3bade6602259414a82576302f9339175 -EveryN 10 -ArchivePath $archive", Variables()).AssertNoErrors();

        Assert.Equal(180, result.Output.Count); // 1799 points at 1 s
        Assert.Equal(new[] { 1, 11, 21 }, result.Output.Take(3).Select(o => o.Get<int>("Offset")));
    }

    [Fact]
    public void AWorkoutMissingFromTheArchiveOrAMissingArchiveIsReported()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult missing = runspace.Invoke("Get-PelotonWorkout -WorkoutId ffffffffffffffffffffffffffffffff -ArchivePath $archive", Variables());
        ScriptResult noArchive = runspace.Invoke("Get-PelotonWorkout -ArchivePath $nowhere", new Dictionary<string, object?> { ["nowhere"] = Path.Combine(fixture.Archive.Path, "nowhere") });

        Assert.Equal("PelotonWorkoutNotFound,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", missing.SingleError.FullyQualifiedErrorId);
        Assert.Contains("archive", missing.SingleError.ErrorDetails.Message);
        Assert.Equal("PelotonArchiveNotFound,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", noArchive.SingleError.FullyQualifiedErrorId);
        Assert.Contains("Sync-PelotonWorkout", noArchive.SingleError.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void IncludeTotalCountCountsTheArchiveBeforeTheItems()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -ArchivePath $archive -First 2 -IncludeTotalCount", Variables()).AssertNoErrors();

        Assert.Equal(3, result.Output.Count);
        Assert.Equal(30UL, Convert.ToUInt64(result.Output[0].BaseObject));
        Assert.Equal(fixture.Server.State.Workouts.Take(2).Select(w => w.WorkoutId), result.Output.Skip(1).Select(o => o.Text("WorkoutId")));
    }
}
