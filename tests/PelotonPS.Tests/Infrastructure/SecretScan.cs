using System.Text;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>
/// Collects everything a user could see (every stream, output object, host line and $Error entry) from the
/// runspaces of several scenarios, and the secrets that must appear in none of it; the assertion names the
/// scenario and shows where a secret leaked.
/// </summary>
public sealed class SecretScan
{
    /// <summary>Turns every stream on, so the scan sees what a user with all preferences at Continue would.</summary>
    public const string EveryStream =
        "$VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'; $WarningPreference = 'Continue'\n";

    private const string ErrorDump = "$Error | ForEach-Object { $_.ToString(); $_.Exception.ToString(); $_.ErrorDetails.Message }";

    private readonly List<(string Scenario, string Text)> seen = [];
    private readonly HashSet<string> secrets = new(StringComparer.Ordinal);

    public int SecretCount => secrets.Count;

    public long TextLength => seen.Sum(s => (long)s.Text.Length);

    /// <summary>Runs <paramref name="script"/> with every stream on and records all it produced under <paramref name="scenario"/>.</summary>
    public ScriptResult Run(string scenario, ModuleRunspace runspace, string script, IDictionary<string, object?>? variables = null)
    {
        ScriptResult result = runspace.Invoke(EveryStream + script, variables);
        Record(scenario, result);
        return result;
    }

    /// <summary>Records the runspace's $Error and host text; call once per runspace, after its last script.</summary>
    public void Finish(string scenario, ModuleRunspace runspace)
    {
        Record(scenario, runspace.Invoke(ErrorDump));
        seen.Add((scenario, runspace.Host.Text));
    }

    public void AddSecrets(IEnumerable<string> values) => secrets.UnionWith(values.Where(v => v.Length > 0));

    public void AssertNoSecretAppears()
    {
        var leaks = new StringBuilder();
        foreach (string secret in secrets)
        {
            foreach ((string scenario, string text) in seen)
            {
                int at = text.IndexOf(secret, StringComparison.Ordinal);
                if (at >= 0)
                {
                    int start = Math.Max(0, at - 80);
                    leaks.AppendLine($"[{scenario}] {Describe(secret)} in: …{text[start..Math.Min(text.Length, at + secret.Length + 40)]}…");
                }
            }
        }

        Assert.True(leaks.Length == 0, "Secrets reached what a user can see:" + Environment.NewLine + leaks);
    }

    private void Record(string scenario, ScriptResult result) => seen.Add((scenario, string.Join("\n", result.AllText())));

    // Enough of the secret to tell which one leaked, without repeating all of it in the failure message.
    private static string Describe(string secret) => $"secret '{secret[..Math.Min(12, secret.Length)]}…' ({secret.Length} chars)";
}
