using FakePeloton;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>
/// Points the module's process-wide settings at one fake server and a new temp config folder
/// (PELOTONPS_API_BASE_URI, PELOTONPS_AUTH_BASE_URI, PELOTONPS_CONFIG_DIR), so a plain Connect-Peloton resumes
/// from there. Users belong to DefaultSessionCollection. Dispose clears the variables and deletes the folder.
/// </summary>
public sealed class PersistenceEnvironment : IDisposable
{
    private static readonly string[] Variables = ["PELOTONPS_CONFIG_DIR", "PELOTONPS_API_BASE_URI", "PELOTONPS_AUTH_BASE_URI"];

    private readonly TempFolder folder = new();

    public PersistenceEnvironment(FakePelotonServer server)
    {
        Environment.SetEnvironmentVariable("PELOTONPS_CONFIG_DIR", ConfigFolder);
        Environment.SetEnvironmentVariable("PELOTONPS_API_BASE_URI", server.BaseUri.ToString());
        Environment.SetEnvironmentVariable("PELOTONPS_AUTH_BASE_URI", server.BaseUri.ToString());
    }

    public string ConfigFolder => folder.Path;

    /// <summary>The file store's session: DPAPI-protected session.bin on Windows, the owner-only session.json elsewhere.</summary>
    public string SessionFile => Path.Combine(ConfigFolder, OperatingSystem.IsWindows() ? "session.bin" : "session.json");

    public void Dispose()
    {
        foreach (string name in Variables)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        folder.Dispose();
    }
}
