using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Help cannot fall behind the code: every exported cmdlet and every parameter a user can see is documented.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Cmdlets()
    {
        using var runspace = new ModuleRunspace();
        return new TheoryData<string>(runspace.Invoke("(Get-Command -Module PelotonPS).Name").Output.Select(o => o.ToString()));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void EveryCmdletHasASynopsisADescriptionParameterHelpAndTwoExamples(string cmdlet)
    {
        using var runspace = new ModuleRunspace();
        var variables = new Dictionary<string, object?> { ["name"] = cmdlet };
        ScriptResult help = runspace.Invoke(
            "$h = Get-Help $name -Full\n" +
            "$h.Synopsis\n" +
            "($h.Description | ForEach-Object Text) -join ' '\n" +
            "@($h.Examples.Example).Count", variables).AssertNoErrors();
        ScriptResult undocumented = runspace.Invoke(
            "$h = Get-Help $name -Full\n" +
            "$common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters\n" +
            "foreach ($p in (Get-Command $name).Parameters.Values) {\n" +
            "  if ($p.Name -in $common) { continue }\n" +
            "  if ($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }) { continue }\n" +
            "  $d = $h.Parameters.Parameter | Where-Object Name -eq $p.Name\n" +
            "  if (-not $d -or -not (($d.Description | ForEach-Object Text) -join '').Trim()) { $p.Name }\n" +
            "}", variables).AssertNoErrors();

        string synopsis = help.Output[0].ToString();
        Assert.False(string.IsNullOrWhiteSpace(synopsis));
        Assert.DoesNotContain(cmdlet + " [", synopsis); // the generated syntax stands in when there is no MAML
        Assert.True(help.Output[1].ToString().Length > 40, $"{cmdlet} has no real description");
        Assert.True((int)help.Output[2].BaseObject >= 2, $"{cmdlet} has fewer than two examples");
        Assert.Empty(undocumented.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void AboutPelotonPSExplainsLoginsErrorsAndTheArchive()
    {
        using var runspace = new ModuleRunspace();
        string about = string.Join("\n", runspace.Invoke("Get-Help about_PelotonPS").AssertNoErrors().Output.Select(o => o.ToString()));

        foreach (string topic in new[] { "PKCE", "PELOTONPS_ACCESS_TOKEN", "PELOTONPS_ARCHIVE_DIR", "-AllowUnencryptedStorage", "PelotonRateLimited", "PelotonArchiveLocked", "Sync-PelotonWorkout" })
        {
            Assert.Contains(topic, about);
        }
    }

    [Fact]
    public void EveryErrorIdTheEngineCanWriteIsExplainedInAboutPelotonPS()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult ids = runspace.Invoke("[PelotonPS.Errors.PelotonErrorIds].GetFields() | ForEach-Object { $_.GetValue($null) }").AssertNoErrors();
        string about = string.Join("\n", runspace.Invoke("Get-Help about_PelotonPS").Output.Select(o => o.ToString()));

        Assert.True(ids.Output.Count > 25);
        Assert.All(ids.Output.Select(o => o.ToString()), id => Assert.Contains(id, about));
    }
}
