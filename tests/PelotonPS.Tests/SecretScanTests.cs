using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Tokens never reach any stream, object, ToString, error or host text.</summary>
public sealed class SecretScanTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeServerFixture fake;

    public SecretScanTests(FakeServerFixture fake) => this.fake = fake;

    [Fact]
    public void TheAccessTokenAppearsNowhereAUserCanSee()
    {
        using var runspace = new ModuleRunspace();
        Dictionary<string, object?> variables = Connected.Variables(fake.Server);
        string token = (string)variables["plainToken"]!;
        const string rejected = "fake-at-rejectedrejectedrejected0000";
        variables["rejected"] = rejected;
        const string everyStream = "$VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'\n";

        var results = new List<ScriptResult>
        {
            runspace.Invoke(everyStream + Connected.ConnectScript + "$session; $session.ToString(); $session | Out-Default", variables),
            runspace.Invoke(everyStream + "Get-PelotonWorkout -Session $session -First 150 -IncludeTotalCount | Out-Default"),
            runspace.Invoke(everyStream + "Get-PelotonWorkout -Session $session -First 3"),
            runspace.Invoke(everyStream + "$t = [System.Net.NetworkCredential]::new('', $rejected).SecurePassword; Connect-Peloton -AccessToken $t -ApiBaseUri $baseUri -AuthBaseUri $baseUri", variables),
            runspace.Invoke("$Error | ForEach-Object { $_.ToString(); $_.Exception.ToString() }"),
        };

        Assert.Contains(results[0].Verbose, v => v.Contains("api/me")); // the scan did see the verbose stream
        Assert.NotEmpty(results[3].Errors);
        string everything = string.Join("\n", results.SelectMany(r => r.AllText())) + runspace.Host.Text;
        Assert.DoesNotContain(token, everything);
        Assert.DoesNotContain(rejected, everything);
        Assert.DoesNotContain("Bearer", everything);
    }
}
