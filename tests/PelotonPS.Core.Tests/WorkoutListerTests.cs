using FakePeloton;
using PelotonPS.Core.Tests.Support;
using PelotonPS.Paging;

namespace PelotonPS.Core.Tests;

/// <summary>The paging iterator against the fake: completeness, duplicates, the -Since stop, and memory.</summary>
public sealed class WorkoutListerTests
{
    private static async Task<List<Workout>> Drain(WorkoutLister lister, Func<int, Task>? afterPage = null)
    {
        var all = new List<Workout>();
        IReadOnlyList<Workout>? batch;
        int pages = 0;
        while ((batch = await lister.NextBatchAsync(CancellationToken.None)) is not null)
        {
            all.AddRange(batch);
            if (afterPage is not null)
            {
                await afterPage(++pages);
            }
        }

        return all;
    }

    [Fact]
    public async Task AWorkoutAddedWhilePagingCausesNeitherADuplicateNorAGap()
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 250 });
        List<string> before = server.State.Workouts.Select(w => w.WorkoutId).ToList();
        var lister = new WorkoutLister(FakeApi.For(server), new WorkoutQuery("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), new RecordingLog());

        // A new workout lands after page 0 was read: every later item shifts down by one.
        List<Workout> listed = await Drain(lister, async page =>
        {
            if (page == 1)
            {
                server.State.AddWorkout(DateTimeOffset.UtcNow);
            }

            await Task.CompletedTask;
        });

        Assert.Equal(before, listed.Select(w => w.WorkoutId));
        Assert.Equal(3, lister.PagesRead);
    }

    [Fact]
    public async Task SinceStopsPagingOnceTheListIsOlder()
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 250 });
        DateTimeOffset since = server.State.Workouts[30].CreatedAt;
        var lister = new WorkoutLister(FakeApi.For(server), new WorkoutQuery("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") { Since = since }, new RecordingLog());

        List<Workout> listed = await Drain(lister);

        Assert.Equal(server.State.Workouts.Take(31).Select(w => w.WorkoutId), listed.Select(w => w.WorkoutId));
        Assert.Equal(1, lister.PagesRead);
    }

    [Fact]
    public async Task UntilAndDisciplinesFilterLocallyAndSkipCountsAfterFiltering()
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 120 });
        DateTimeOffset until = server.State.Workouts[10].CreatedAt.AddMinutes(30);
        var query = new WorkoutQuery("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") { Until = until, FitnessDisciplines = new[] { "MEDITATION" }, Skip = 1, First = 3 };

        List<Workout> listed = await Drain(new WorkoutLister(FakeApi.For(server), query, new RecordingLog()));

        Assert.Equal(3, listed.Count);
        Assert.All(listed, w => Assert.Equal("meditation", w.FitnessDiscipline));
        Assert.All(listed, w => Assert.True(new DateTimeOffset(w.StartTime!.Value) <= until));
    }

    [Fact]
    public async Task WithAWindowLaterPagesAreRequestedTogetherAndStillComeOutInOrder()
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 950, Latency = TimeSpan.FromMilliseconds(250) });
        using var lister = new WorkoutLister(FakeApi.For(server), new WorkoutQuery("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), new RecordingLog(), prefetchWindow: 4);

        List<Workout> listed = await Drain(lister);

        Assert.Equal(server.State.Workouts.Select(w => w.WorkoutId), listed.Select(w => w.WorkoutId));
        Dictionary<int, DateTimeOffset> arrived = server.Requests.Where(r => r.Path.EndsWith("/workouts"))
            .ToDictionary(r => int.Parse(r.Query.Split('&').Single(p => p.StartsWith("page="))[5..]), r => r.At);
        Assert.Equal(Enumerable.Range(0, 10), arrived.Keys.OrderBy(k => k));
        // Pages 1 to 4 were requested together: all arrived before the first of them could have been answered (250 ms latency).
        TimeSpan spread = Enumerable.Range(1, 4).Max(p => arrived[p]) - Enumerable.Range(1, 4).Min(p => arrived[p]);
        Assert.True(spread < TimeSpan.FromMilliseconds(250), $"pages 1-4 arrived {spread.TotalMilliseconds} ms apart");
        Assert.True(arrived[1] >= arrived[0]);
    }

    [Fact]
    public async Task NothingIsFetchedAheadBeforeTheSecondPageIsAskedFor()
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 950 });
        using var lister = new WorkoutLister(FakeApi.For(server), new WorkoutQuery("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), new RecordingLog(), prefetchWindow: 8);

        IReadOnlyList<Workout>? first = await lister.NextBatchAsync(CancellationToken.None);

        Assert.Equal(100, first!.Count);
        Assert.Single(server.Requests, r => r.Path.EndsWith("/workouts"));
    }
}
