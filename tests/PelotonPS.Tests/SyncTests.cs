using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Sync-PelotonWorkout: full, incremental, in progress, interrupted, damaged, locked; each against its own fake.</summary>
public sealed class SyncTests : IAsyncLifetime
{
    private const string UserId = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private readonly TempFolder archive = new();
    private FakePelotonServer server = null!;
    private ModuleRunspace runspace = null!;
    private string token = null!;

    private string UserFolder => Path.Combine(archive.Path, UserId);

    public async Task InitializeAsync()
    {
        server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 40, NewestInProgress = true });
        runspace = Connected.Runspace(server, out token);
    }

    public async Task DisposeAsync()
    {
        runspace.Dispose();
        await server.DisposeAsync();
        archive.Dispose();
    }

    private ScriptResult Sync(string extra = "") => runspace.Invoke($"Sync-PelotonWorkout -Session $session -Path $archive {extra}", new Dictionary<string, object?> { ["archive"] = archive.Path });

    private static (int Added, int Updated, int Failed, int Unchanged, int Total) Counts(PSObject result)
        => (result.Get<int>("Added"), result.Get<int>("Updated"), result.Get<int>("Failed"), result.Get<int>("Unchanged"), result.Get<int>("TotalInArchive"));

    private IEnumerable<RecordedRequest> Mine(Func<RecordedRequest, bool> where) => server.Requests.Where(r => r.Headers.GetValueOrDefault("authorization") == "Bearer " + token && where(r));

    private void AssertArchiveMatchesTheServer()
    {
        foreach (FakeWorkout workout in server.State.Workouts)
        {
            Assert.Equal(workout.DetailJson, File.ReadAllBytes(Path.Combine(UserFolder, "workouts", workout.WorkoutId + ".json")));
            Assert.Equal(workout.PerformanceGraphJson, File.ReadAllBytes(Path.Combine(UserFolder, "graphs", workout.WorkoutId + ".json")));
        }

        Assert.Equal(server.State.Workouts.Count, Directory.GetFiles(Path.Combine(UserFolder, "workouts")).Length);
        Assert.Empty(Directory.GetFiles(UserFolder, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void TheFirstRunArchivesEveryWorkoutByteForByteWithTheProfile()
    {
        ScriptResult result = Sync().AssertNoErrors();

        PSObject summary = Assert.Single(result.Output);
        Assert.Contains("PelotonPS.SyncResult", summary.TypeNames);
        Assert.Equal((40, 0, 0, 0, 40), Counts(summary));
        Assert.Equal((UserFolder, UserId), (summary.Text("Path"), summary.Text("UserId")));
        AssertArchiveMatchesTheServer();
        Assert.Contains("\"username\":\"jdoe\"", File.ReadAllText(Path.Combine(UserFolder, "profile.json")));
        Assert.Equal(40, File.ReadAllLines(Path.Combine(UserFolder, "index.jsonl")).Length);
        Assert.All(Mine(r => r.Path.EndsWith("/performance_graph")), r => Assert.Equal("every_n=1", r.Query));
        Assert.Contains(result.Progress, p => p.StatusDescription == "Archived 40 of 40 workouts");
    }

    [Fact]
    public void LaterRunsFetchOnlyWhatIsNewPlusWhatWasInProgress()
    {
        Sync().AssertNoErrors();
        server.ClearRequests();
        server.State.AddWorkout(DateTimeOffset.UtcNow.AddMinutes(-30));
        server.State.AddWorkout(DateTimeOffset.UtcNow.AddMinutes(-10));

        PSObject summary = Assert.Single(Sync("-Verbose").AssertNoErrors().Output);

        // Two new ones, and the one that was still in progress last time.
        Assert.Equal((2, 1, 0, 39, 42), Counts(summary));
        Assert.Equal(3, Mine(r => r.Path.StartsWith("/api/workout/") && !r.Path.EndsWith("/performance_graph")).Count());
        Assert.Single(Mine(r => r.Path.EndsWith("/workouts")));
        AssertArchiveMatchesTheServer();
    }

    [Fact]
    public void NothingNewCostsOnePageAndTheWorkoutsStillInProgress()
    {
        Sync().AssertNoErrors();
        server.ClearRequests();

        PSObject summary = Assert.Single(Sync().AssertNoErrors().Output);

        Assert.Equal((0, 1, 0, 39, 40), Counts(summary));
        Assert.Single(Mine(r => r.Path.EndsWith("/workouts")));
        Assert.Single(Mine(r => r.Path == $"/api/workout/{server.State.Workouts[0].WorkoutId}"));
    }

    [Fact]
    public void ARunStoppedMidwayIsCompletedByTheNextWithoutDuplicates()
    {
        server.State.AddWorkout(DateTimeOffset.UtcNow); // make sure the newest is a complete one too
        var (shell, _, pending) = runspace.Start("Sync-PelotonWorkout -Session $session -Path $archive -ThrottleLimit 2", new Dictionary<string, object?> { ["archive"] = archive.Path });
        SpinWait.SpinUntil(() => Mine(r => r.Path.EndsWith("/performance_graph")).Count() >= 10, TimeSpan.FromSeconds(20));
        shell.Stop();
        shell.Dispose();
        // What a killed process leaves: a half-written file and a cut-off index line.
        File.WriteAllText(Path.Combine(UserFolder, "graphs", "deadbeef.json.tmp-0123"), "{\"dur");
        File.AppendAllText(Path.Combine(UserFolder, "index.jsonl"), "{\"workout_id\":\"abc");
        int archivedBefore = Directory.GetFiles(Path.Combine(UserFolder, "workouts")).Length;

        PSObject summary = Assert.Single(Sync().AssertNoErrors().Output);

        Assert.InRange(archivedBefore, 1, 40);
        Assert.Equal(41, summary.Get<int>("TotalInArchive"));
        AssertArchiveMatchesTheServer();
        var ids = File.ReadAllLines(Path.Combine(UserFolder, "index.jsonl")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("workout_id").GetString()).ToList();
        Assert.Equal(41, ids.Distinct().Count());
        Assert.Equal(41, ids.Count);
    }

    [Fact]
    public void ADamagedFileIsReportedAndFetchedAgain()
    {
        Sync().AssertNoErrors();
        string victim = server.State.Workouts[20].WorkoutId;
        string graph = Path.Combine(UserFolder, "graphs", victim + ".json");
        File.WriteAllBytes(graph, File.ReadAllBytes(graph).Take(100).ToArray());

        ScriptResult result = Sync("-Verbose").AssertNoErrors();

        Assert.Contains(result.Verbose, v => v.Contains(victim) && v.Contains("damaged"));
        Assert.Equal((0, 2, 0, 38, 40), Counts(Assert.Single(result.Output))); // the damaged one and the one in progress
        AssertArchiveMatchesTheServer();
    }

    [Fact]
    public void FullFindsAChangedFileOfTheSameSize()
    {
        Sync().AssertNoErrors();
        string victim = Path.Combine(UserFolder, "workouts", server.State.Workouts[30].WorkoutId + ".json");
        byte[] bytes = File.ReadAllBytes(victim);
        bytes[^2] = (byte)(bytes[^2] == (byte)'0' ? '1' : '0');
        File.WriteAllBytes(victim, bytes);

        Assert.Equal(1, Counts(Assert.Single(Sync().AssertNoErrors().Output)).Updated); // only the one in progress: sizes match
        PSObject full = Assert.Single(Sync("-Full").AssertNoErrors().Output);

        Assert.Equal(2, full.Get<int>("Updated"));
        AssertArchiveMatchesTheServer();
    }

    [Fact]
    public void ASecondSyncOfTheSameFolderStopsWithPelotonArchiveLocked()
    {
        Directory.CreateDirectory(UserFolder);
        using (new FileStream(Path.Combine(UserFolder, ".sync.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            ScriptResult result = Sync();

            Assert.Equal("PelotonArchiveLocked,PelotonPS.Commands.Cmdlets.SyncPelotonWorkoutCommand", result.SingleError.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceBusy, result.SingleError.CategoryInfo.Category);
        }

        Assert.Equal(40, Counts(Assert.Single(Sync().AssertNoErrors().Output)).Added);
    }

    [Fact]
    public void NoPerformanceGraphStoresDetailsOnlyAndWhatIfWritesNothing()
    {
        Sync("-WhatIf").AssertNoErrors();
        Assert.False(Directory.Exists(UserFolder));
        Assert.Contains("Archive Peloton workouts", runspace.Host.Text);

        Assert.Equal(40, Counts(Assert.Single(Sync("-NoPerformanceGraph").AssertNoErrors().Output)).Added);
        Assert.False(Directory.Exists(Path.Combine(UserFolder, "graphs")));
        Assert.Empty(Mine(r => r.Path.EndsWith("/performance_graph")));
    }

    [Fact]
    public void AWorkoutThatCannotBeWrittenIsANonTerminatingErrorAndIsTriedAgainNextRun()
    {
        // Root ignores read-only folders, so a file where the workouts folder belongs stands in for a failing disk.
        Directory.CreateDirectory(UserFolder);
        File.WriteAllText(Path.Combine(UserFolder, "workouts"), "in the way");

        ScriptResult blocked = Sync();

        Assert.Equal(40, blocked.Errors.Count);
        Assert.All(blocked.Errors, e => Assert.Equal(("PelotonArchiveWriteFailed,PelotonPS.Commands.Cmdlets.SyncPelotonWorkoutCommand", ErrorCategory.WriteError),
            (e.FullyQualifiedErrorId, e.CategoryInfo.Category)));
        Assert.Equal((0, 0, 40, 0, 0), Counts(Assert.Single(blocked.Output)));

        File.Delete(Path.Combine(UserFolder, "workouts"));
        PSObject repaired = Assert.Single(Sync().AssertNoErrors().Output);
        Assert.Equal(40, repaired.Get<int>("TotalInArchive"));
        AssertArchiveMatchesTheServer();
    }
}
