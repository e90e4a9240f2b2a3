using Microsoft.Extensions.Hosting;

namespace FakePeloton.Hosting;

/// <summary>
/// Replaces the console lifetime so that a fake started inside a test run or benchmark does not take
/// over Ctrl+C and process exit; its owner stops it. The standalone program handles Ctrl+C itself.
/// </summary>
internal sealed class NoConsoleLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
