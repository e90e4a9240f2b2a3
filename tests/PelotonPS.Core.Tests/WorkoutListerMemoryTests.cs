using FakePeloton;
using PelotonPS.Core.Tests.Support;
using PelotonPS.Paging;

namespace PelotonPS.Core.Tests;

/// <summary>Streaming keeps memory flat: measured alone, since the measure is process-wide.</summary>
[Collection(MeasurementCollection.Name)]
public sealed class WorkoutListerMemoryTests
{
    [Fact]
    public async Task MemoryStaysFlatWhileStreamingTenThousandWorkouts()
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 10_000 });
        var lister = new WorkoutLister(FakeApi.For(server), new WorkoutQuery("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), new RecordingLog());
        long count = 0;
        long afterTenPages = 0;
        IReadOnlyList<Workout>? batch;
        while ((batch = await lister.NextBatchAsync(CancellationToken.None)) is not null)
        {
            count += batch.Count; // consumed and dropped, as a pipeline does
            if (lister.PagesRead == 10)
            {
                afterTenPages = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        long atTheEnd = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Equal(10_000, count);
        Assert.Equal(100, lister.PagesRead);
        // 9,000 more workouts held would be many megabytes; streaming keeps the growth to noise.
        Assert.True(atTheEnd - afterTenPages < 4 * 1024 * 1024, $"grew by {(atTheEnd - afterTenPages) / 1024} KB");
    }
}
