using FakePeloton;
using PelotonPS.Core.Tests.Support;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Workouts;

namespace PelotonPS.Core.Tests;

/// <summary>Each fault the fake injects: once, it is retried and the answer is right; on every attempt, it ends as its error.</summary>
public sealed class FaultKindTests
{
    private const string PowerZoneRide = "3bade6602259414a82576302f9339175";
    private const string Endpoint = "GET /api/workout/" + PowerZoneRide + "?joins=ride,ride.instructor";

    private readonly RecordingLog log = new();

    public static TheoryData<FakeFaultKind> AllKinds => new(Enum.GetValues<FakeFaultKind>());

    private Task<Workout> GetRide(FakePelotonServer server)
        => new WorkoutService(FakeApi.For(server, FastRetries.Settings())).GetWorkoutAsync(PowerZoneRide, includeSummary: false, log, CancellationToken.None);

    private static int RideRequests(FakePelotonServer server) => server.Requests.Count(r => r.Path == "/api/workout/" + PowerZoneRide);

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task OneFaultIsRetriedAndTheAnswerIsRight(FakeFaultKind kind)
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 12 });
        server.State.Faults.FailNext(kind);

        Workout ride = await GetRide(server);

        Assert.Equal((PowerZoneRide, "30 min Power Zone Endurance Ride", 33331), (ride.WorkoutId, ride.Title, ride.LeaderboardRank));
        Assert.Equal(1, server.State.Faults.InjectedByKind[kind]);
        Assert.Equal(1, server.State.Faults.Injected);
        Assert.Equal(2, RideRequests(server));
        Assert.Single(log.Messages, m => m.Contains("retrying in"));
    }

    [Theory]
    [InlineData(FakeFaultKind.RateLimited429, PelotonErrorIds.RateLimited, 429)]
    [InlineData(FakeFaultKind.Error500, PelotonErrorIds.ServiceUnavailable, 500)]
    [InlineData(FakeFaultKind.Unavailable503, PelotonErrorIds.ServiceUnavailable, 503)]
    [InlineData(FakeFaultKind.ConnectionReset, PelotonErrorIds.ConnectionFailed, null)]
    [InlineData(FakeFaultKind.TruncatedBody, PelotonErrorIds.ResponseInvalid, 200)] // answered, but the body ended early
    [InlineData(FakeFaultKind.Empty200, PelotonErrorIds.ResponseInvalid, 200)]
    public async Task AFaultOnEveryAttemptEndsAsItsErrorNamingTheEndpoint(FakeFaultKind kind, string errorId, int? status)
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 12 });
        server.State.Faults.Kinds = [kind];
        server.State.Faults.Rate = 1;

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => GetRide(server));

        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(Endpoint, error.Target);
        Assert.Contains(Endpoint, error.Message);
        Assert.Contains("after 4 attempts", error.Message);
        Assert.Equal(4, RideRequests(server));
        Assert.Equal(3, log.Messages.Count(m => m.Contains("retrying in")));
    }

    [Fact]
    public async Task ARateLimitHoldsBackTheWholeSessionUntilRetryAfter()
    {
        await using var server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 12 });
        server.State.Faults.RetryAfterSeconds = 1;
        server.State.Faults.FailNext(FakeFaultKind.RateLimited429, 1, r => r.Path.EndsWith("/performance_graph"));
        var api = FakeApi.For(server, new HttpSettings { BaseRetryDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromSeconds(2) });
        var service = new PelotonPS.Workouts.WorkoutService(api);

        Task first = service.GetPerformanceGraphAsync(server.State.Workouts[0].WorkoutId, 60, log, CancellationToken.None);
        await Task.Delay(200);
        // A second request starts while the first waits out its Retry-After: it must wait too.
        await service.GetPerformanceGraphAsync(server.State.Workouts[1].WorkoutId, 60, log, CancellationToken.None);
        await first;

        List<RecordedRequest> graphs = server.Requests.Where(r => r.Path.EndsWith("/performance_graph")).ToList();
        Assert.Equal(3, graphs.Count);
        Assert.True(graphs[1].At - graphs[0].At >= TimeSpan.FromMilliseconds(900), $"the second request went out {(graphs[1].At - graphs[0].At).TotalMilliseconds} ms after the 429");
    }
}
