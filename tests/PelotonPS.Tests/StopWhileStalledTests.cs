using System.Diagnostics;
using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Ctrl+C while requests hang: the pipeline stops at once instead of waiting for the server.</summary>
public sealed class StopWhileStalledTests
{
    [Fact]
    public async Task StoppingGraphFetchesThatHangReturnsWithinASecond()
    {
        await using FakePelotonServer server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 12 });
        using ModuleRunspace runspace = Connected.Runspace(server, out _);
        server.State.Faults.StallFor = TimeSpan.FromSeconds(30);
        var variables = new Dictionary<string, object?> { ["ids"] = server.State.Workouts.Select(w => w.WorkoutId).ToArray() };

        (PowerShell shell, _, IAsyncResult pending) = runspace.Start("Get-PelotonPerformanceGraph -Session $session -WorkoutId $ids -ThrottleLimit 4", variables);
        using (shell)
        {
            Assert.True(SpinWait.SpinUntil(() => server.Requests.Count(r => r.Path.EndsWith("/performance_graph")) >= 4, TimeSpan.FromSeconds(10)),
                "four graph requests never reached the server");

            // PowerShell.Stop is what Ctrl+C does: StopProcessing, then it waits for the pipeline to end.
            var stopwatch = Stopwatch.StartNew();
            shell.Stop();
            stopwatch.Stop();

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"Stop took {stopwatch.ElapsedMilliseconds} ms");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Exception? ended = Record.Exception(() => shell.EndInvoke(pending));
            Assert.True(ended is null or PipelineStoppedException, ended?.ToString());
        }
    }
}
