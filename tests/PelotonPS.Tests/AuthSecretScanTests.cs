using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>
/// Issue 3: no access token, refresh token, password, authorization code, login ticket or PKCE verifier reaches
/// any output object, ToString, format view, stream, error or exception, in any auth scenario. Each scenario runs
/// with every stream on; the fakes record every secret they issued or were sent, and the scan looks for each.
/// </summary>
[Collection(DefaultSessionCollection.Name)] // the -Persist scenarios set process-wide environment variables
public sealed class AuthSecretScanTests
{
    private const string WebClientId = "WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM";
    private const string Password = "correct horse battery staple"; // LoginScripts' account
    private const string WrongPassword = "wrong-password-5c1e9a";

    /// <summary>Everything a user might look at after signing in: the session, its view, its properties, workouts.</summary>
    private const string LookAround =
        "$session; $session.ToString(); $session | Out-Default\n" +
        "$s = Get-PelotonSession; $s | Out-Default; $s.PSObject.Properties | ForEach-Object { \"$($_.Name)=$($_.Value)\" }\n" +
        "Get-PelotonWorkout -First 2; Get-PelotonWorkout -First 2 | Out-Default\n";

    private const string ConnectWithTokens =
        "$at = [System.Net.NetworkCredential]::new('', $accessToken).SecurePassword\n" +
        "$rt = [System.Net.NetworkCredential]::new('', $refreshToken).SecurePassword\n" +
        "$session = Connect-Peloton -AccessToken $at -RefreshToken $rt -ApiBaseUri $baseUri -AuthBaseUri $baseUri -PassThru -Verbose\n";

    private const string PersistToFile = LoginScripts.Credential + "Connect-Peloton -Credential $cred -Persist -AllowUnencryptedStorage -Verbose\n";

    private readonly SecretScan scan = new();

    [Fact]
    public async Task NoSecretOfAnyAuthScenarioReachesAnythingAUserCanSee()
    {
        await WebLoginRefreshAndReLogin();
        await PasswordGrantFallback();
        await RefusedLogins();
        await TokenSessions();
        await PersistedSessions();
        scan.AddSecrets([Password, WrongPassword, "Bearer "]);

        // Guards: the scan must have had secrets to look for and a good deal of text to look in.
        Assert.InRange(scan.SecretCount, 30, int.MaxValue);
        Assert.InRange(scan.TextLength, 30_000, long.MaxValue);
        scan.AssertNoSecretAppears();
    }

    /// <summary>The web login, a refresh after a 401, and signing in again when the refresh is refused.</summary>
    private async Task WebLoginRefreshAndReLogin()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();

        scan.Run("web login", runspace, LoginScripts.Connect + "\n" + LookAround, LoginScripts.Variables(server)).AssertNoErrors();
        Assert.InRange(server.State.Auth.IssuedSecrets.Count, 6, int.MaxValue); // demo, access, refresh, ticket, code, verifier

        server.State.Auth.ExpireAllAccessTokens();
        scan.Run("refresh after 401", runspace, "Get-PelotonWorkout -First 2 | Out-Default").AssertNoErrors();
        Assert.Equal(1, server.State.Auth.RefreshGrants);

        server.State.Auth.RejectRefresh = true;
        server.State.Auth.ExpireAllAccessTokens();
        scan.Run("re-login after refused refresh", runspace, "Get-PelotonWorkout -First 1").AssertNoErrors();
        Assert.Equal(2, server.State.Auth.LoginPosts);

        Finish("web login", server, runspace);
    }

    private async Task PasswordGrantFallback()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        server.State.Auth.MissingCsrfCookie = true;
        using var runspace = new ModuleRunspace();

        scan.Run("password grant fallback", runspace, LoginScripts.Connect + "\n" + LookAround, LoginScripts.Variables(server)).AssertNoErrors();
        Assert.Equal(1, server.State.Auth.PasswordGrants);

        Finish("password grant fallback", server, runspace);
    }

    /// <summary>A wrong password, then a rate limit: both end in errors, which must not quote the credential.</summary>
    private async Task RefusedLogins()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();

        Assert.NotEmpty(scan.Run("wrong password", runspace, LoginScripts.Connect, LoginScripts.Variables(server, WrongPassword)).Errors);
        server.State.Auth.LoginRateLimited = true;
        Assert.NotEmpty(scan.Run("login rate limited", runspace, LoginScripts.Connect, LoginScripts.Variables(server)).Errors);

        Finish("refused logins", server, runspace);
    }

    /// <summary>Tokens given to Connect-Peloton: a proactive refresh, a refused refresh, and an access token Peloton rejects.</summary>
    private async Task TokenSessions()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();
        var variables = new Dictionary<string, object?>
        {
            ["accessToken"] = server.State.IssueAccessToken(TimeSpan.FromMinutes(2)),
            ["refreshToken"] = server.State.IssueRefreshToken(WebClientId),
            ["baseUri"] = server.BaseUri.ToString(),
        };

        scan.Run("proactive refresh", runspace, ConnectWithTokens + LookAround, variables).AssertNoErrors();
        Assert.Equal(1, server.State.Auth.RefreshGrants);

        server.State.Auth.RejectRefresh = true;
        server.State.Auth.ExpireAllAccessTokens();
        Assert.Contains(scan.Run("refused refresh", runspace, "Get-PelotonWorkout -First 1").Errors,
            e => e.FullyQualifiedErrorId.StartsWith("PelotonSessionExpired", StringComparison.Ordinal));

        variables["rejected"] = server.State.IssueAccessToken();
        server.State.Auth.ExpireAllAccessTokens();
        Assert.NotEmpty(scan.Run("rejected -AccessToken", runspace,
            "$t = [System.Net.NetworkCredential]::new('', $rejected).SecurePassword; Connect-Peloton -AccessToken $t -ApiBaseUri $baseUri -AuthBaseUri $baseUri", variables).Errors);

        Finish("token sessions", server, runspace);
    }

    /// <summary>Saving, resuming, a corrupt saved session (truncated mid-token) and deleting it.</summary>
    private async Task PersistedSessions()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var environment = new PersistenceEnvironment(server);
        using var runspace = new ModuleRunspace();

        scan.Run("persist", runspace, PersistToFile + "Get-PelotonSession | Out-Default", LoginScripts.Variables(server)).AssertNoErrors();
        scan.Run("resume", runspace, "Disconnect-Peloton; Connect-Peloton -Verbose; $session = Get-PelotonSession\n" + LookAround).AssertNoErrors();

        runspace.Invoke("Disconnect-Peloton").AssertNoErrors();
        string saved = File.ReadAllText(environment.SessionFile);
        File.WriteAllText(environment.SessionFile, saved[..(saved.Length / 2)]);
        ScriptResult corrupt = scan.Run("corrupt saved session", runspace, "Connect-Peloton -Verbose");
        Assert.NotEmpty(corrupt.Warnings);

        scan.Run("clear persisted", runspace, PersistToFile + "Disconnect-Peloton -ClearPersisted -Verbose", LoginScripts.Variables(server)).AssertNoErrors();
        Assert.False(File.Exists(environment.SessionFile));

        Finish("persisted sessions", server, runspace);
    }

    private void Finish(string scenario, FakePelotonServer server, ModuleRunspace runspace)
    {
        scan.Finish(scenario, runspace);
        scan.AddSecrets(server.State.Auth.IssuedSecrets);
    }
}
