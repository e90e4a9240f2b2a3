using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>The staged module as a user's shell sees it: manifest, exports, layout and type mapping.</summary>
public sealed class ModuleTests
{
    private static readonly string ModuleFolder = Path.GetDirectoryName(ModuleRunspace.ModuleManifest)!;

    [Fact]
    public void TheManifestIsValidAndCarriesTheStampedVersion()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke($"Test-ModuleManifest '{ModuleRunspace.ModuleManifest}' -ErrorAction Stop | ForEach-Object {{ $_.Version.ToString(); $_.CompatiblePSEditions -join ',' }}");

        result.AssertNoErrors();
        Assert.Equal(new[] { "0.1.0", "Desktop,Core" }, result.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void ExportedCmdletsAreExactlyTheManifestList()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke(
            $"$listed = (Test-ModuleManifest '{ModuleRunspace.ModuleManifest}').ExportedCmdlets.Keys | ForEach-Object {{ $_ }}\n" +
            "$exported = (Get-Command -Module PelotonPS).Name\n" +
            "($listed | Where-Object { $exported -notcontains $_ }).Count\n" +
            "($exported | Where-Object { $listed -notcontains $_ }).Count\n" +
            "$exported.Count");

        result.AssertNoErrors();
        Assert.Equal(0, (int)result.Output[0].BaseObject);
        Assert.Equal(0, (int)result.Output[1].BaseObject);
        Assert.True((int)result.Output[2].BaseObject >= 4);
    }

    [Fact]
    public void TheModuleFolderHoldsBothAssembliesAndTheDesktopClosureButNoSystemTextJsonAtTheRoot()
    {
        Assert.True(File.Exists(Path.Combine(ModuleFolder, "PelotonPS.dll")));
        Assert.True(File.Exists(Path.Combine(ModuleFolder, "PelotonPS.Core.dll")));
        Assert.True(File.Exists(Path.Combine(ModuleFolder, "PelotonPS.format.ps1xml")));
        foreach (string dependency in new[] { "System.Text.Json", "System.Memory", "System.Buffers", "Microsoft.Bcl.AsyncInterfaces", "System.Text.Encodings.Web",
                     "System.Runtime.CompilerServices.Unsafe", "System.Numerics.Vectors", "System.Threading.Tasks.Extensions" })
        {
            Assert.True(File.Exists(Path.Combine(ModuleFolder, "dependencies", "desktop", dependency + ".dll")), dependency);
            Assert.False(File.Exists(Path.Combine(ModuleFolder, dependency + ".dll")), dependency + " must not sit at the module root");
        }

        Assert.False(File.Exists(Path.Combine(ModuleFolder, "System.Management.Automation.dll")));
        Assert.Empty(Directory.GetFiles(ModuleFolder, "*.deps.json"));
    }

    [Fact]
    public void OnPowerShell7SystemTextJsonComesFromTheRuntime()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke("[System.Text.Json.JsonSerializer].Assembly.Location");

        string location = Assert.Single(result.Output).ToString();
        Assert.DoesNotContain("PelotonPS", location);
        Assert.Contains("Microsoft.NETCore.App", location);
    }

    [Fact]
    public void EveryEngineErrorCategoryIsAPowerShellErrorCategory()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke(
            "[Enum]::GetNames([PelotonPS.Errors.PelotonErrorCategory]) | Where-Object { -not [Enum]::IsDefined([System.Management.Automation.ErrorCategory], $_) }\n" +
            "[Enum]::GetNames([PelotonPS.Errors.PelotonErrorCategory]).Count");

        result.AssertNoErrors();
        Assert.True((int)Assert.Single(result.Output).BaseObject > 10);
    }
}
