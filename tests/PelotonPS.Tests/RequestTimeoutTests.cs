using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>-TimeoutSeconds against a server that never answers in time: every attempt times out, then PelotonTimeout.</summary>
public sealed class RequestTimeoutTests
{
    private const string PowerZoneRide = "3bade6602259414a82576302f9339175";

    [Fact]
    public async Task ARequestStalledOnEveryAttemptEndsAsPelotonTimeoutAfterFourAttempts()
    {
        await using FakePelotonServer server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 12 });
        using ModuleRunspace runspace = FastRetryConnection.Runspace(server, timeoutSeconds: 1);
        server.State.Faults.StallFor = TimeSpan.FromSeconds(5);

        ScriptResult result = runspace.Invoke($"Get-PelotonWorkout -Session $session -WorkoutId {PowerZoneRide}");

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonTimeout,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains($"GET /api/workout/{PowerZoneRide}", error.ErrorDetails.Message);
        Assert.Contains("did not answer in time after 4 attempts", error.ErrorDetails.Message);
        Assert.Equal(4, server.Requests.Count(r => r.Path == $"/api/workout/{PowerZoneRide}"));
        Assert.Empty(result.Output);
    }
}
