using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>
/// A real runspace (CreateDefault2, the capturing host) with the staged module imported by absolute path,
/// the way a user's shell imports out/PelotonPS.
/// </summary>
public sealed class ModuleRunspace : IDisposable
{
    public static readonly string ModuleManifest = Path.Combine(AppContext.BaseDirectory, "Modules", "PelotonPS", "PelotonPS.psd1");

    private readonly Runspace runspace;

    public ModuleRunspace()
    {
        Host = new CapturingHost();
        InitialSessionState state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }

        runspace = RunspaceFactory.CreateRunspace(Host, state);
        runspace.Open();
        ScriptResult import = Invoke($"Import-Module '{ModuleManifest}' -ErrorAction Stop");
        if (import.Thrown is not null || import.Errors.Count > 0)
        {
            throw new InvalidOperationException("Import-Module failed: " + (import.Thrown?.Message ?? import.Errors[0].ToString()));
        }
    }

    public CapturingHost Host { get; }

    /// <summary>Runs script text; variables are set first. Terminating errors are captured, not thrown.</summary>
    public ScriptResult Invoke(string script, IDictionary<string, object?>? variables = null)
    {
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = runspace;
        if (variables is not null)
        {
            foreach ((string name, object? value) in variables)
            {
                runspace.SessionStateProxy.SetVariable(name, value);
            }
        }

        ps.AddScript(script);
        IReadOnlyList<PSObject> output = Array.Empty<PSObject>();
        Exception? thrown = null;
        try
        {
            output = ps.Invoke().Where(o => o is not null).ToList();
        }
        catch (RuntimeException ex)
        {
            thrown = ex;
        }

        return Collect(ps, output, thrown);
    }

    /// <summary>Starts script text asynchronously, for tests that stop a pipeline mid-run.</summary>
    public (PowerShell Shell, PSDataCollection<PSObject> Output, IAsyncResult Pending) Start(string script, IDictionary<string, object?>? variables = null)
    {
        PowerShell ps = PowerShell.Create();
        ps.Runspace = runspace;
        if (variables is not null)
        {
            foreach ((string name, object? value) in variables)
            {
                runspace.SessionStateProxy.SetVariable(name, value);
            }
        }

        ps.AddScript(script);
        var output = new PSDataCollection<PSObject>();
        IAsyncResult pending = ps.BeginInvoke<PSObject, PSObject>(null, output);
        return (ps, output, pending);
    }

    public static ScriptResult Collect(PowerShell ps, IReadOnlyList<PSObject> output, Exception? thrown) => new()
    {
        Output = output,
        Errors = ps.Streams.Error.ToList(),
        Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList(),
        Debug = ps.Streams.Debug.Select(d => d.Message).ToList(),
        Warnings = ps.Streams.Warning.Select(w => w.Message).ToList(),
        Progress = ps.Streams.Progress.ToList(),
        Information = ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? string.Empty).ToList(),
        Thrown = thrown,
    };

    public void Dispose() => runspace.Dispose();
}
