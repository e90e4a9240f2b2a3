namespace PelotonPS.Tests.Infrastructure;

/// <summary>
/// Makes the fake Microsoft.PowerShell.SecretManagement (TestModules/) the one this process finds: its folder
/// goes first on PSModulePath, and its default vault keeps each secret as a file in a new temp folder named by
/// PELOTONPS_TEST_VAULT_DIR. Both are process-wide, so users belong to DefaultSessionCollection. Dispose
/// restores both variables and deletes the secrets.
/// </summary>
public sealed class FakeSecretVault : IDisposable
{
    public const string FolderVariable = "PELOTONPS_TEST_VAULT_DIR";

    private const string ModulePathVariable = "PSModulePath";

    private static readonly string ModulesFolder = Path.Combine(AppContext.BaseDirectory, "TestModules");

    private readonly string? originalModulePath = Environment.GetEnvironmentVariable(ModulePathVariable);
    private readonly TempFolder folder = new();

    public FakeSecretVault()
    {
        Environment.SetEnvironmentVariable(FolderVariable, Folder);

        // PelotonPS looks for SecretManagement in a private CreateDefault2 runspace, which searches PSModulePath.
        Environment.SetEnvironmentVariable(ModulePathVariable,
            string.IsNullOrEmpty(originalModulePath) ? ModulesFolder : ModulesFolder + Path.PathSeparator + originalModulePath);
    }

    public string Folder => folder.Path;

    public string SecretPath(string name) => Path.Combine(Folder, name);

    /// <summary>The stored secret, or null when there is none.</summary>
    public string? Read(string name) => File.Exists(SecretPath(name)) ? File.ReadAllText(SecretPath(name)) : null;

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ModulePathVariable, originalModulePath);
        Environment.SetEnvironmentVariable(FolderVariable, null);
        folder.Dispose();
    }
}
