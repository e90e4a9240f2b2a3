using System.Xml.Linq;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Every output type has a view, and what a bare command prints is what a rider scans for.</summary>
public sealed class DisplayTests : IClassFixture<FakeServerFixture>
{
    private static readonly string[] OutputTypes =
    {
        "PelotonPS.Session", "PelotonPS.Workout", "PelotonPS.PerformanceGraph", "PelotonPS.WorkoutSample", "PelotonPS.WorkoutMovement",
        "PelotonPS.Ride", "PelotonPS.Instructor", "PelotonPS.User", "PelotonPS.Overview", "PelotonPS.PersonalRecord", "PelotonPS.SyncResult",
    };

    private readonly FakeServerFixture fake;

    public DisplayTests(FakeServerFixture fake) => this.fake = fake;

    [Fact]
    public void EveryCmdletsOutputTypeHasAFormatView()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult declared = runspace.Invoke("Get-Command -Module PelotonPS | ForEach-Object { $_.OutputType.Name } | Where-Object { $_ -and $_ -ne 'System.Void' }").AssertNoErrors();
        // Get-FormatData is a Utility cmdlet (absent here; the Pester suite uses it): read the staged format file instead.
        var formats = XDocument.Load(Path.Combine(Path.GetDirectoryName(ModuleRunspace.ModuleManifest)!, "PelotonPS.format.ps1xml"));
        List<string> viewed = formats.Descendants("ViewSelectedBy").Elements("TypeName").Select(t => t.Value).ToList();

        Assert.Equal(OutputTypes.OrderBy(t => t), declared.Output.Select(o => o.ToString()).Distinct().OrderBy(t => t));
        Assert.Equal(OutputTypes.OrderBy(t => t), viewed.OrderBy(t => t));
    }

    [Fact]
    public void NumbersAreRoundedInTheViewOnly()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        runspace.Host.ClearText();
        ScriptResult result = runspace.Invoke("$w = Get-PelotonWorkout -Session $session -WorkoutId 3bade6602259414a82576302f9339175; $w | Out-Default; $w.TotalOutputKj").AssertNoErrors();

        Assert.Contains("176", runspace.Host.Text);
        Assert.DoesNotContain("175.77276", runspace.Host.Text);
        Assert.Equal(175.77276, (double)Assert.Single(result.Output).BaseObject, 5);
    }

    [Theory]
    [InlineData("Get-PelotonClass -Session $session -First 3", "Aired", "Instructor")]
    [InlineData("Get-PelotonInstructor -Session $session -Name 'Matt W*'", "Name", "Disciplines")]
    [InlineData("Get-PelotonWorkoutSample -Session $session 3bade6602259414a82576302f9339175 -EveryN 300", "Offset", "HeartRate")]
    [InlineData("Get-PelotonOverview -Session $session -PersonalRecords", "Record", "Unit")]
    [InlineData("Get-PelotonSession", "Username", "ExpiresAt")]
    public void TablesAndListsShowTheirColumnsWithin120Characters(string command, string first, string second)
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        if (command == "Get-PelotonSession")
        {
            command = "$session";
        }

        runspace.Host.ClearText();
        runspace.Invoke(command + " | Out-Default").AssertNoErrors();

        string text = runspace.Host.Text;
        Assert.Contains(first, text);
        Assert.Contains(second, text);
        Assert.All(text.Split(Environment.NewLine), line => Assert.True(line.Length <= 120, line));
    }
}
