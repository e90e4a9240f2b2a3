using FakePeloton;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>
/// A runspace with $session connected through Connect-Peloton's hidden retry parameters: retries wait
/// milliseconds, and a Retry-After at most a second, so fault scenarios run quickly.
/// </summary>
public static class FastRetryConnection
{
    // Parameter defaults, so the one connect script (Connected.ConnectScript) serves here too.
    private const string Defaults =
        "$PSDefaultParameterValues['Connect-Peloton:RetryBaseDelayMilliseconds'] = 10\n" +
        "$PSDefaultParameterValues['Connect-Peloton:MaxRetryDelaySeconds'] = 1\n";

    public static ModuleRunspace Runspace(FakePelotonServer server, int? timeoutSeconds = null)
    {
        var runspace = new ModuleRunspace();
        string timeout = timeoutSeconds is { } seconds ? $"$PSDefaultParameterValues['Connect-Peloton:TimeoutSeconds'] = {seconds}\n" : string.Empty;
        runspace.Invoke(Defaults + timeout).AssertNoErrors();
        runspace.Invoke(Connected.ConnectScript, Connected.Variables(server)).AssertNoErrors();
        return runspace;
    }
}
