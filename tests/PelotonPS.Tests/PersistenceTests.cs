using System.Text.Json;
using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>-Persist, resuming, saving renewals, refusing plaintext, corrupt stores, and connecting with no parameters.</summary>
[Collection(DefaultSessionCollection.Name)]
public sealed class PersistenceTests : IAsyncLifetime
{
    private readonly string configDir = Path.Combine(Path.GetTempPath(), "pelotonps-config-" + Guid.NewGuid().ToString("N"));
    private readonly ModuleRunspace runspace = new();
    private FakePelotonServer server = null!;

    // Windows saves with DPAPI (session.bin); elsewhere these tests use the owner-only file (session.json).
    private string SessionFile => Path.Combine(configDir, OperatingSystem.IsWindows() ? "session.bin" : "session.json");

    public async Task InitializeAsync()
    {
        server = await LoginScripts.StartServer();
        Environment.SetEnvironmentVariable("PELOTONPS_CONFIG_DIR", configDir);
        Environment.SetEnvironmentVariable("PELOTONPS_API_BASE_URI", server.BaseUri.ToString());
        Environment.SetEnvironmentVariable("PELOTONPS_AUTH_BASE_URI", server.BaseUri.ToString());
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
    }

    public async Task DisposeAsync()
    {
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
        runspace.Dispose();
        foreach (string name in new[] { "PELOTONPS_CONFIG_DIR", "PELOTONPS_API_BASE_URI", "PELOTONPS_AUTH_BASE_URI", "PELOTONPS_ACCESS_TOKEN", "PELOTONPS_REFRESH_TOKEN" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        if (Directory.Exists(configDir))
        {
            Directory.Delete(configDir, recursive: true);
        }

        await server.DisposeAsync();
    }

    private static string Saved(string path, string member) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty(member).GetString()!;

    [Fact]
    public void WithoutAVaultPersistRefusesPlaintextUnlessAllowed()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows always has DPAPI, so there is nothing to refuse
        }

        ScriptResult result = runspace.Invoke(LoginScripts.Credential + "Connect-Peloton -Credential $cred -Persist", LoginScripts.Variables(server));

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonPersistenceUnavailable,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        Assert.Contains("-AllowUnencryptedStorage", error.ErrorDetails.RecommendedAction);
        Assert.False(File.Exists(SessionFile));
        Assert.Equal(0, server.State.Auth.LoginPosts); // refused before any credential was sent
    }

    [Fact]
    public void APersistedSessionIsSavedOwnerOnlyWithoutThePasswordAndResumedByAPlainConnect()
    {
        runspace.Invoke(LoginScripts.Credential + "Connect-Peloton -Credential $cred -Persist -AllowUnencryptedStorage", LoginScripts.Variables(server)).AssertNoErrors();

        Assert.True(File.Exists(SessionFile));
        Assert.DoesNotContain("correct horse battery staple", File.ReadAllText(SessionFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SessionFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(configDir));
            Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Saved(SessionFile, "user_id"));
            Assert.Equal("WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM", Saved(SessionFile, "client_id"));
        }

        ScriptResult resumed = runspace.Invoke("Disconnect-Peloton\nConnect-Peloton -Verbose\n$s = Get-PelotonSession\n$s.AuthFlow.ToString(); $s.Persisted; (Get-PelotonWorkout -First 1).WorkoutId").AssertNoErrors();

        Assert.Equal(new object[] { "Web", true, server.State.Workouts[0].WorkoutId }, resumed.Output.Select(o => o.BaseObject));
        Assert.Contains(resumed.Verbose, v => v.Contains("Resuming the session saved in"));
        Assert.Equal(1, server.State.Auth.LoginPosts);
    }

    [Fact]
    public void RenewedTokensAreSavedBack()
    {
        runspace.Invoke(LoginScripts.Credential + "Connect-Peloton -Credential $cred -Persist -AllowUnencryptedStorage", LoginScripts.Variables(server)).AssertNoErrors();
        byte[] before = File.ReadAllBytes(SessionFile);
        server.State.Auth.ExpireAllAccessTokens();

        runspace.Invoke("Get-PelotonWorkout -First 1").AssertNoErrors();

        Assert.Equal(1, server.State.Auth.RefreshGrants);
        Assert.NotEqual(before, File.ReadAllBytes(SessionFile));
    }

    [Fact]
    public void ACorruptStoreIsAWarningAndIsIgnored()
    {
        Directory.CreateDirectory(configDir);
        File.WriteAllText(SessionFile, "{ this is not json");

        ScriptResult result = runspace.Invoke("Connect-Peloton");

        Assert.Contains(result.Warnings, w => w.Contains("cannot be read") && w.Contains(SessionFile));
        Assert.Equal("PelotonNotConnected,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", result.SingleError.FullyQualifiedErrorId);
    }

    [Fact]
    public void ASavedSessionPelotonNoLongerAcceptsIsRemoved()
    {
        runspace.Invoke(LoginScripts.Credential + "Connect-Peloton -Credential $cred -Persist -AllowUnencryptedStorage\nDisconnect-Peloton", LoginScripts.Variables(server)).AssertNoErrors();
        server.State.Auth.ExpireAllAccessTokens();
        server.State.Auth.RejectRefresh = true;

        ScriptResult result = runspace.Invoke("Connect-Peloton");

        Assert.Equal("PelotonSessionExpired,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.False(File.Exists(SessionFile));
    }

    [Fact]
    public void DisconnectClearPersistedDeletesTheSavedSessionButWhatIfDoesNot()
    {
        runspace.Invoke(LoginScripts.Credential + "Connect-Peloton -Credential $cred -Persist -AllowUnencryptedStorage", LoginScripts.Variables(server)).AssertNoErrors();

        runspace.Invoke("Disconnect-Peloton -ClearPersisted -WhatIf").AssertNoErrors();
        Assert.True(File.Exists(SessionFile));
        Assert.Contains("Delete the saved Peloton session", runspace.Host.Text);

        runspace.Invoke("Disconnect-Peloton -ClearPersisted").AssertNoErrors();
        Assert.False(File.Exists(SessionFile));
        Assert.Empty(runspace.Invoke("Get-PelotonSession").Output);
    }

    [Fact]
    public void WithNoParametersTheEnvironmentTokensComeFirstAndRefresh()
    {
        Environment.SetEnvironmentVariable("PELOTONPS_ACCESS_TOKEN", server.State.IssueAccessToken(TimeSpan.FromMinutes(1)));
        Environment.SetEnvironmentVariable("PELOTONPS_REFRESH_TOKEN", server.State.IssueRefreshToken("WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM"));

        ScriptResult result = runspace.Invoke("Connect-Peloton; (Get-PelotonWorkout -First 1).WorkoutId").AssertNoErrors();

        Assert.Equal(server.State.Workouts[0].WorkoutId, Assert.Single(result.Output).ToString());
        Assert.True(server.State.Auth.RefreshGrants >= 1);
    }

    [Fact]
    public void WithNothingSavedAnInteractiveHostIsAskedForACredential()
    {
        runspace.Host.CredentialAnswers.Enqueue(new PSCredential("jdoe@example.com", new System.Net.NetworkCredential(string.Empty, "correct horse battery staple").SecurePassword));

        ScriptResult result = runspace.Invoke("Connect-Peloton; (Get-PelotonSession).AuthFlow.ToString()").AssertNoErrors();

        Assert.Equal("Web", Assert.Single(result.Output).ToString());
        Assert.Equal(1, runspace.Host.CredentialPrompts);
    }
}
