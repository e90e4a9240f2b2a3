using System.Text.Json;
using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Sync-PelotonWorkout against a fake that fails one data request in ten, in the ways real networks do.</summary>
public sealed class SyncUnderFaultsTests
{
    [Fact]
    public async Task EveryWorkoutEndsUpArchivedExactlyOnceByteForByte()
    {
        await using FakePelotonServer server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 40 });
        server.State.Faults.Kinds = [FakeFaultKind.RateLimited429, FakeFaultKind.Error500, FakeFaultKind.ConnectionReset, FakeFaultKind.TruncatedBody];
        server.State.Faults.Seed = 7;
        server.State.Faults.Rate = 0.1;
        using ModuleRunspace runspace = FastRetryConnection.Runspace(server);
        using var archive = new TempFolder();
        var variables = new Dictionary<string, object?> { ["archive"] = archive.Path };

        // A workout whose four attempts all fail is a non-terminating error, fetched again by the next run.
        var runs = new List<PSObject>();
        do
        {
            ScriptResult result = runspace.Invoke("Sync-PelotonWorkout -Session $session -Path $archive -ThrottleLimit 4", variables);
            runs.Add(Assert.Single(result.Output));
            Assert.Equal(runs[^1].Get<int>("Failed"), result.Errors.Count);
        }
        while (runs[^1].Get<int>("Failed") > 0 && runs.Count < 3);

        string folder = Path.Combine(archive.Path, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        Assert.Equal(0, runs[^1].Get<int>("Failed"));
        Assert.Equal(40, runs[^1].Get<int>("TotalInArchive"));
        Assert.True(server.State.Faults.Injected >= 4, $"only {server.State.Faults.Injected} faults were injected");
        Assert.True(server.State.Faults.InjectedByKind.Count(k => k.Value > 0) >= 2);
        foreach (FakeWorkout workout in server.State.Workouts)
        {
            Assert.Equal(workout.DetailJson, File.ReadAllBytes(Path.Combine(folder, "workouts", workout.WorkoutId + ".json")));
            Assert.Equal(workout.PerformanceGraphJson, File.ReadAllBytes(Path.Combine(folder, "graphs", workout.WorkoutId + ".json")));
        }

        List<string?> indexed = File.ReadAllLines(Path.Combine(folder, "index.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("workout_id").GetString()).ToList();
        Assert.Equal(40, indexed.Count);
        Assert.Equal(40, indexed.Distinct().Count());
    }
}
