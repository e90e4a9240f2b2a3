using System.Runtime.InteropServices;

namespace FakePeloton;

/// <summary>Runs the fake standalone until Ctrl+C or SIGTERM.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        CommandLine commandLine;
        try
        {
            commandLine = CommandLine.Parse(args);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + CommandLine.Usage);
            return 2;
        }

        var stop = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        await using var server = await FakePelotonServer.StartAsync(commandLine.Options, commandLine.Port);
        Console.WriteLine($"FakePeloton listening on {server.BaseUri}");
        Console.WriteLine($"Demo access token: {server.State.DemoToken}");
        await stop.Task;
        return 0;

        // Stop cleanly instead of letting the runtime end the process mid-request.
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
    }
}
