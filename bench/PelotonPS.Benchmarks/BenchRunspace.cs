using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace PelotonPS.Benchmarks;

/// <summary>A runspace with the staged out/PelotonPS imported, as a user's shell has it.</summary>
internal sealed class BenchRunspace : IDisposable
{
    private static readonly string Manifest = Path.Combine(AppContext.BaseDirectory, "Modules", "PelotonPS", "PelotonPS.psd1");
    private readonly Runspace runspace;

    public BenchRunspace()
    {
        runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var clock = Stopwatch.StartNew();
        Invoke($"Import-Module '{Manifest}' -ErrorAction Stop");
        ImportTime = clock.Elapsed;
    }

    /// <summary>How long Import-Module took in this runspace.</summary>
    public TimeSpan ImportTime { get; }

    public IReadOnlyList<PSObject> Invoke(string script, IDictionary<string, object?>? variables = null)
    {
        foreach ((string name, object? value) in variables ?? new Dictionary<string, object?>())
        {
            runspace.SessionStateProxy.SetVariable(name, value);
        }

        using PowerShell shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        var output = shell.Invoke().ToList();
        if (shell.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException("The benchmark script failed: " + shell.Streams.Error[0]);
        }

        return output;
    }

    /// <summary>Runs <paramref name="script"/> and returns how long it took and its first output.</summary>
    public (TimeSpan Elapsed, object? Result) Time(string script, IDictionary<string, object?>? variables = null)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<PSObject> output = Invoke(script, variables);
        return (clock.Elapsed, output.FirstOrDefault()?.BaseObject);
    }

    public void Dispose() => runspace.Dispose();
}
