using FakePeloton;
using PelotonPS.Core.Tests.Support;
using PelotonPS.Errors;
using PelotonPS.Workouts;
using Xunit.Abstractions;

namespace PelotonPS.Core.Tests;

public sealed class ScratchProbe(ITestOutputHelper output)
{
    [Theory]
    [InlineData(FakeFaultKind.ConnectionReset)]
    [InlineData(FakeFaultKind.TruncatedBody)]
    [InlineData(FakeFaultKind.Empty200)]
    public async Task Probe(FakeFaultKind kind)
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 12 });
        var log = new RecordingLog();
        var service = new WorkoutService(FakeApi.For(server, FastRetries.Settings()));
        await service.GetWorkoutAsync("3bade6602259414a82576302f9339175", false, log, CancellationToken.None); // warm: reused connection next
        server.State.Faults.Kinds = [kind];
        server.State.Faults.Rate = 1;
        var e = await Assert.ThrowsAsync<PelotonException>(() => service.GetWorkoutAsync("3bade6602259414a82576302f9339175", false, log, CancellationToken.None));
        output.WriteLine(e.Message);
        output.WriteLine(e.InnerException?.ToString());
        output.WriteLine("requests " + server.Requests.Count + " injected " + server.State.Faults.Injected);
        foreach (var m in log.Messages) output.WriteLine(m);
    }
}
