using FakePeloton;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>Script snippets and variables for connecting a runspace to a fake server.</summary>
public static class Connected
{
    /// <summary>Makes $token a SecureString from $plainToken, and $session a session from Connect-Peloton -PassThru.</summary>
    public const string ConnectScript =
        "$token = [System.Net.NetworkCredential]::new('', $plainToken).SecurePassword\n" +
        "$session = Connect-Peloton -AccessToken $token -ApiBaseUri $baseUri -AuthBaseUri $baseUri -PassThru\n";

    public static Dictionary<string, object?> Variables(FakePelotonServer server, string? token = null) => new()
    {
        ["plainToken"] = token ?? server.State.IssueAccessToken(),
        ["baseUri"] = server.BaseUri.ToString(),
    };

    /// <summary>A runspace with $session connected to <paramref name="server"/>.</summary>
    public static ModuleRunspace Runspace(FakePelotonServer server, out string token)
    {
        var runspace = new ModuleRunspace();
        Dictionary<string, object?> variables = Variables(server);
        token = (string)variables["plainToken"]!;
        ScriptResult connect = runspace.Invoke(ConnectScript, variables);
        Assert.Null(connect.Thrown);
        Assert.Empty(connect.Errors);
        return runspace;
    }
}
