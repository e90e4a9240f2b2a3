using FakePeloton;
using PelotonPS.Core.Tests.Support;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;
using PelotonPS.Paging;
using PelotonPS.Workouts;

namespace PelotonPS.Core.Tests;

/// <summary>Listing and graph fetching against a fake that fails one request in ten: complete, in order, nothing twice.</summary>
public sealed class FaultRateTests
{
    private const string UserId = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static async Task<FakePelotonServer> StartFaultyServer(int workouts, int seed)
    {
        var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = workouts });
        server.State.Faults.Seed = seed;
        server.State.Faults.Rate = 0.1;
        return server;
    }

    [Fact]
    public async Task ListingAThousandWorkoutsGivesExactlyTheHistoryInOrder()
    {
        // Seed 11 hits the 2nd and 11th requests and no other before the 45th: two pages fail once each.
        await using var server = await StartFaultyServer(workouts: 1000, seed: 11);
        using var lister = new WorkoutLister(FakeApi.For(server, FastRetries.Settings()), new WorkoutQuery(UserId), new RecordingLog(), prefetchWindow: 4);

        var ids = new List<string>();
        IReadOnlyList<Workout>? batch;
        while ((batch = await lister.NextBatchAsync(CancellationToken.None)) is not null)
        {
            ids.AddRange(batch.Select(w => w.WorkoutId));
        }

        // Equal to the fake's distinct ids in order: nothing missing, nothing twice.
        Assert.Equal(server.State.Workouts.Select(w => w.WorkoutId), ids);
        Assert.Equal(2, server.State.Faults.Injected);
    }

    [Fact]
    public async Task FetchingTwoHundredGraphsGivesEachOnceForItsWorkout()
    {
        await using var server = await StartFaultyServer(workouts: 200, seed: 2);
        var service = new WorkoutService(FakeApi.For(server, FastRetries.Settings()));
        var log = new RecordingLog();

        // One at a time, so the seed fails the same attempts on every run (and never one request four times).
        var graphs = new List<PerformanceGraph>();
        foreach (FakeWorkout workout in server.State.Workouts)
        {
            graphs.Add(await service.GetPerformanceGraphAsync(workout.WorkoutId, 5, log, CancellationToken.None));
        }

        Assert.Equal(server.State.Workouts.Select(w => w.WorkoutId), graphs.Select(g => g.WorkoutId));
        Assert.Equal(server.State.Workouts.Select(Served), graphs.Select(g => (g.WorkoutId, g.SampleCount, g.DurationSeconds)));
        Assert.True(server.State.Faults.Injected > 0);
        Assert.Equal(server.State.Faults.Injected, log.Messages.Count(m => m.Contains("retrying in")));
    }

    /// <summary>What the graph the fake serves for <paramref name="workout"/> maps to.</summary>
    private static (string, int, int?) Served(FakeWorkout workout)
    {
        PerformanceGraph graph = PerformanceGraphMapper.Map(workout.WorkoutId, 5, PelotonJson.Deserialize<PerformanceGraphDto>(workout.PerformanceGraphJson));
        return (graph.WorkoutId, graph.SampleCount, graph.DurationSeconds);
    }
}
