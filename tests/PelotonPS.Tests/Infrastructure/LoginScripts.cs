using FakePeloton;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>Script snippets and variables for signing in to a fake server with its account.</summary>
public static class LoginScripts
{
    /// <summary>Makes $cred from $email and $password.</summary>
    public const string Credential = "$cred = [pscredential]::new($email, [System.Net.NetworkCredential]::new('', $password).SecurePassword)\n";

    public const string Connect = Credential + "$session = Connect-Peloton -Credential $cred -ApiBaseUri $baseUri -AuthBaseUri $baseUri -PassThru -Verbose";

    public static Dictionary<string, object?> Variables(FakePelotonServer server, string? password = null) => new()
    {
        ["email"] = "jdoe@example.com",
        ["password"] = password ?? "correct horse battery staple",
        ["baseUri"] = server.BaseUri.ToString(),
    };

    public static Task<FakePelotonServer> StartServer(int workouts = 12) => FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = workouts });
}
