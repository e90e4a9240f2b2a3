using System.Text.Json;
using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Listing and samples through real runspaces against a fake that fails one request in ten: complete and in order.</summary>
public sealed class FaultRateTests
{
    /// <summary>Every fault but the 429, whose Retry-After costs a second each time.</summary>
    private static readonly FakeFaultKind[] QuickKinds =
        [FakeFaultKind.Error500, FakeFaultKind.Unavailable503, FakeFaultKind.ConnectionReset, FakeFaultKind.TruncatedBody, FakeFaultKind.Empty200];

    /// <summary>A fresh server per test: the fault switches are server-wide.</summary>
    private static async Task<FakePelotonServer> StartFaultyServer(int workouts, int seed)
    {
        var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = workouts });
        server.State.Faults.Kinds = QuickKinds;
        server.State.Faults.Seed = seed;
        server.State.Faults.Rate = 0.1;
        return server;
    }

    [Fact]
    public async Task TheWholeHistoryComesInOrderWithoutDuplicatesAndTheRetriesShowInVerbose()
    {
        // Seed 11 fails the 2nd and 11th data requests and no other before the 45th; the listing needs about 12.
        await using FakePelotonServer server = await StartFaultyServer(workouts: 1000, seed: 11);
        using ModuleRunspace runspace = FastRetryConnection.Runspace(server);

        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -Verbose").AssertNoErrors();

        // Equal to the fake's distinct ids in order: nothing missing, nothing twice.
        Assert.Equal(server.State.Workouts.Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
        Assert.Equal(2, server.State.Faults.Injected);
        Assert.Equal(2, result.Verbose.Count(v => v.Contains("retrying in")));
    }

    [Fact]
    public async Task SamplesOfFortyWorkoutsAreExactlyThoseTheGraphsHold()
    {
        // Seed 26 fails the 30th and 37th data requests and no other before the 54th; the pipeline needs about 43.
        await using FakePelotonServer server = await StartFaultyServer(workouts: 60, seed: 26);
        using ModuleRunspace runspace = FastRetryConnection.Runspace(server);

        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 40 | Get-PelotonWorkoutSample -Session $session").AssertNoErrors();

        // One row per point of each graph, the workouts in list order.
        IEnumerable<string> expected = server.State.Workouts.Take(40).SelectMany(w => Enumerable.Repeat(w.WorkoutId, PointCount(w)));
        Assert.Equal(expected, result.Output.Select(o => o.Text("WorkoutId")));
        Assert.Equal(2, server.State.Faults.Injected);
    }

    /// <summary>The time points of the graph the fake serves for <paramref name="workout"/>.</summary>
    private static int PointCount(FakeWorkout workout)
    {
        using JsonDocument graph = JsonDocument.Parse(workout.PerformanceGraphJson);
        return graph.RootElement.TryGetProperty("seconds_since_pedaling_start", out JsonElement offsets) && offsets.ValueKind == JsonValueKind.Array
            ? offsets.GetArrayLength()
            : 0;
    }
}
