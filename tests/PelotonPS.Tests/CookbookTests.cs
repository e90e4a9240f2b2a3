using System.Text.RegularExpressions;
using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Runs every recipe of the README's cookbook, as written, against the fake server.</summary>
[Collection(DefaultSessionCollection.Name)]
public sealed class CookbookTests : IAsyncLifetime
{
    private static readonly string CookbookFolder = Path.Combine(AppContext.BaseDirectory, "Cookbook");
    private readonly TempFolder workFolder = new();
    private readonly string? previousModulePath = Environment.GetEnvironmentVariable("PSModulePath");
    private FakePelotonServer server = null!;

    public static TheoryData<string> RecipeTitles() => new(Recipes().Keys);

    /// <summary>Each "### title" of the Cookbook section with its powershell block.</summary>
    private static Dictionary<string, string> Recipes()
    {
        string readme = File.ReadAllText(Path.Combine(CookbookFolder, "README.md"));
        string cookbook = readme[readme.IndexOf("## Cookbook", StringComparison.Ordinal)..];
        cookbook = cookbook[..cookbook.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        return Regex.Matches(cookbook, @"### (?<title>[^\n]+)\n.*?```powershell\n(?<code>.*?)```", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups["title"].Value.Trim(), m => m.Groups["code"].Value);
    }

    public async Task InitializeAsync()
    {
        server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = 40 });
        Directory.CreateDirectory(workFolder.Path);
        Environment.SetEnvironmentVariable("PELOTONPS_API_BASE_URI", server.BaseUri.ToString());
        Environment.SetEnvironmentVariable("PELOTONPS_AUTH_BASE_URI", server.BaseUri.ToString());
        Environment.SetEnvironmentVariable("PELOTONPS_ACCESS_TOKEN", server.State.DemoToken);
        Environment.SetEnvironmentVariable("PELOTONPS_ARCHIVE_DIR", Path.Combine(workFolder.Path, "archive"));
        // "Import-Module PelotonPS" by name finds the staged module, as an installed one would be found.
        Environment.SetEnvironmentVariable("PSModulePath", Path.Combine(AppContext.BaseDirectory, "Modules") + Path.PathSeparator + previousModulePath);
    }

    public async Task DisposeAsync()
    {
        foreach (string name in new[] { "PELOTONPS_API_BASE_URI", "PELOTONPS_AUTH_BASE_URI", "PELOTONPS_ACCESS_TOKEN", "PELOTONPS_ARCHIVE_DIR" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        Environment.SetEnvironmentVariable("PSModulePath", previousModulePath);
        using (var cleanup = new ModuleRunspace())
        {
            cleanup.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
        }

        await server.DisposeAsync();
        workFolder.Dispose();
    }

    private ScriptResult RunRecipe(string title)
    {
        using var runspace = new ModuleRunspace();
        var variables = new Dictionary<string, object?>
        {
            ["cookbookSecrets"] = new System.Collections.Hashtable
            {
                ["Peloton"] = new PSCredential("jdoe@example.com", new System.Net.NetworkCredential(string.Empty, "correct horse battery staple").SecurePassword),
            },
            ["cookbookTypedToken"] = server.State.IssueAccessToken(),
            ["workFolder"] = workFolder.Path,
        };
        runspace.Invoke($". '{Path.Combine(CookbookFolder, "UtilityStandIns.ps1")}'\n$null = $ExecutionContext.SessionState.Path.SetLocation($workFolder)", variables).AssertNoErrors();
        string recipe = Recipes()[title];
        if (!recipe.Contains("Connect-Peloton", StringComparison.Ordinal))
        {
            runspace.Invoke("Connect-Peloton").AssertNoErrors(); // as the README says: after Connect-Peloton
        }

        ScriptResult result = runspace.Invoke(recipe).AssertNoErrors();
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
        return result;
    }

    private List<string[]> Csv(string name)
        => File.ReadAllLines(Path.Combine(workFolder.Path, name)).Select(l => l.Split("\",\"").Select(c => c.Trim('"')).ToArray()).ToList();

    [Fact]
    public void TheCookbookHasTheSixRecipes()
        => Assert.Equal(
            new[] { "Export the whole history to CSV", "Totals per discipline per month", "One ride's per-second data to CSV", "Find 30-minute classes by an instructor",
                "A scheduled daily sync with credentials from SecretManagement", "Connect with a token copied from the browser" },
            Recipes().Keys);

    [Fact]
    public void ExportTheWholeHistory()
    {
        RunRecipe("Export the whole history to CSV");

        List<string[]> rows = Csv("peloton-workouts.csv");
        Assert.Equal(41, rows.Count);
        string[] header = rows[0];
        foreach (string column in new[] { "WorkoutId", "RideId", "StartTime", "Title", "InstructorName", "TotalOutputKj", "Distance", "CaloriesKcal", "AvgHeartRateBpm", "AvgCadenceRpm" })
        {
            Assert.Contains(column, header);
        }

        Assert.Equal(server.State.Workouts.Select(w => w.WorkoutId), rows.Skip(1).Select(r => r[Array.IndexOf(header, "WorkoutId")]));
        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), cell => cell.StartsWith("System.", StringComparison.Ordinal) || cell.StartsWith("PelotonPS.", StringComparison.Ordinal));
    }

    [Fact]
    public void TotalsPerDisciplinePerMonth()
    {
        RunRecipe("Totals per discipline per month");

        List<string[]> rows = Csv("monthly-totals.csv");
        Assert.Equal(new[] { "Month", "Discipline", "Workouts", "OutputKj", "CaloriesKcal" }, rows[0]);
        Assert.Equal(40, rows.Skip(1).Sum(r => int.Parse(r[2])));
        Assert.Contains(rows.Skip(1), r => r[0] == "2026-11" && r[1] == "cycling");
    }

    [Fact]
    public void OneRidesPerSecondData()
    {
        RunRecipe("One ride's per-second data to CSV");

        List<string[]> rows = Csv("last-ride-per-second.csv");
        Assert.Equal(1 + 1799, rows.Count); // the newest ride is the captured power-zone ride
        Assert.All(rows.Skip(1), r => Assert.Equal("3bade6602259414a82576302f9339175", r[0]));
    }

    [Fact]
    public void ThirtyMinuteClassesByAnInstructor()
    {
        ScriptResult result = RunRecipe("Find 30-minute classes by an instructor");

        FakeInstructor matt = server.State.Catalog.Instructors.Single(i => i.Name == "Matt Wilpers");
        Assert.Equal(server.State.Catalog.Classes.Count(c => c.InstructorId == matt.Id && c.DurationSeconds == 1800), result.Output.Count);
        Assert.All(result.Output, o => Assert.Equal("Matt Wilpers", o.Text("InstructorName")));
    }

    [Fact]
    public void AScheduledDailySync()
    {
        RunRecipe("A scheduled daily sync with credentials from SecretManagement");
        RunRecipe("A scheduled daily sync with credentials from SecretManagement");

        List<string[]> log = Csv("sync-history.csv");
        int added = Array.IndexOf(log[0], "Added");
        Assert.Equal(new[] { "40", "0" }, log.Skip(1).Select(r => r[added]));
        Assert.Equal(1, server.State.Auth.LoginPosts / 2); // signed in with the stored credential each run
        Assert.Equal(40, Directory.GetFiles(Path.Combine(workFolder.Path, "archive", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "workouts")).Length);
    }

    [Fact]
    public void ConnectWithATokenFromTheBrowser()
    {
        ScriptResult result = RunRecipe("Connect with a token copied from the browser");

        PSObject session = Assert.Single(result.Output);
        Assert.Equal(("jdoe", "Token"), (session.Text("Username"), session.Text("AuthFlow")));
    }
}
