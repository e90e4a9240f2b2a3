using System.Text.Json;
using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>
/// -Persist on Linux and macOS when SecretManagement and a default vault are present: the session lives in the
/// vault (secret PelotonPS.Session), never in a file. SecretManagement is the fake under TestModules/.
/// </summary>
[Collection(DefaultSessionCollection.Name)]
public sealed class SecretVaultPersistenceTests : IAsyncLifetime
{
    private const string SecretName = "PelotonPS.Session";
    private const string PersistScript = LoginScripts.Credential + "Connect-Peloton -Credential $cred -Persist";

    private readonly FakeSecretVault vault = new();
    private FakePelotonServer server = null!;
    private PersistenceEnvironment environment = null!;
    private ModuleRunspace runspace = null!;

    // The vault is only used off Windows, where DPAPI always wins; there these tests have nothing to check.
    private static bool VaultPlatform => !OperatingSystem.IsWindows();

    public async Task InitializeAsync()
    {
        server = await LoginScripts.StartServer();
        environment = new PersistenceEnvironment(server);
        runspace = new ModuleRunspace();
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
    }

    public async Task DisposeAsync()
    {
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
        runspace.Dispose();
        environment.Dispose();
        vault.Dispose();
        await server.DisposeAsync();
    }

    private string? SavedMember(string member)
        => vault.Read(SecretName) is { } json ? JsonDocument.Parse(json).RootElement.GetProperty(member).GetString() : null;

    [Fact]
    public void PersistSavesTheSessionInTheDefaultVaultAndWritesNoFile()
    {
        if (!VaultPlatform)
        {
            return;
        }

        ScriptResult result = runspace.Invoke(PersistScript + "\n(Get-PelotonSession).Persisted", LoginScripts.Variables(server)).AssertNoErrors();

        Assert.True((bool)Assert.Single(result.Output).BaseObject);
        string saved = Assert.IsType<string>(vault.Read(SecretName));
        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", SavedMember("user_id"));
        Assert.True(server.State.IsValidToken(SavedMember("access_token")!), "the vault holds the live access token");
        Assert.DoesNotContain("correct horse battery staple", saved);
        Assert.False(File.Exists(environment.SessionFile), "no plain session file beside the vault");
        Assert.False(Directory.Exists(environment.ConfigFolder) && Directory.EnumerateFileSystemEntries(environment.ConfigFolder).Any());
    }

    [Fact]
    public void APlainConnectResumesFromTheVault()
    {
        if (!VaultPlatform)
        {
            return;
        }

        runspace.Invoke(PersistScript + "\nDisconnect-Peloton", LoginScripts.Variables(server)).AssertNoErrors();

        ScriptResult resumed = runspace.Invoke("Connect-Peloton -Verbose\n$s = Get-PelotonSession\n$s.Persisted; (Get-PelotonWorkout -First 1).WorkoutId").AssertNoErrors();

        Assert.Equal(new object[] { true, server.State.Workouts[0].WorkoutId }, resumed.Output.Select(o => o.BaseObject));
        Assert.Contains(resumed.Verbose, v => v.Contains("Resuming the session saved in the default SecretManagement vault"));
        Assert.Equal(1, server.State.Auth.LoginPosts);
    }

    [Fact]
    public void ARenewalIsSavedBackToTheVault()
    {
        if (!VaultPlatform)
        {
            return;
        }

        runspace.Invoke(PersistScript, LoginScripts.Variables(server)).AssertNoErrors();
        string before = SavedMember("access_token")!;
        server.State.Auth.ExpireAllAccessTokens();

        runspace.Invoke("Get-PelotonWorkout -First 1").AssertNoErrors();

        Assert.Equal(1, server.State.Auth.RefreshGrants);
        string after = SavedMember("access_token")!;
        Assert.NotEqual(before, after);
        Assert.True(server.State.IsValidToken(after), "the vault holds the renewed access token");
    }

    [Fact]
    public void DisconnectClearPersistedRemovesTheSecret()
    {
        if (!VaultPlatform)
        {
            return;
        }

        runspace.Invoke(PersistScript, LoginScripts.Variables(server)).AssertNoErrors();
        Assert.NotNull(vault.Read(SecretName));

        runspace.Invoke("Disconnect-Peloton -ClearPersisted").AssertNoErrors();

        Assert.Null(vault.Read(SecretName));
        Assert.Empty(runspace.Invoke("Get-PelotonSession").Output);
    }

    [Fact]
    public void AnEmptyVaultIsNothingSavedNotAWarning()
    {
        if (!VaultPlatform)
        {
            return;
        }

        ScriptResult result = runspace.Invoke("Connect-Peloton");

        Assert.Empty(result.Warnings);
        Assert.Equal("PelotonNotConnected,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", result.SingleError.FullyQualifiedErrorId);
    }
}
