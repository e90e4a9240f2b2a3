using FakePeloton;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>One fake Peloton per test class, with a history of <see cref="WorkoutCount"/> workouts.</summary>
public class FakeServerFixture : IAsyncLifetime
{
    public FakePelotonServer Server { get; private set; } = null!;

    protected virtual int WorkoutCount => 250;

    protected virtual FakePelotonOptions CreateOptions() => new() { WorkoutCount = WorkoutCount };

    public async Task InitializeAsync() => Server = await FakePelotonServer.StartAsync(CreateOptions());

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
