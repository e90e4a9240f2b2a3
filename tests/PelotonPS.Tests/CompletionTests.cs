using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Tab completion through TabExpansion2: known disciplines always, live catalog names only when connected.</summary>
[Collection(DefaultSessionCollection.Name)]
public sealed class CompletionTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServerFixture fake;
    private readonly ModuleRunspace runspace = new();

    public CompletionTests(FakeServerFixture fake)
    {
        this.fake = fake;
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
    }

    public void Dispose()
    {
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
        runspace.Dispose();
    }

    private List<string> Complete(string line)
        => runspace.Invoke("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText",
            new Dictionary<string, object?> { ["line"] = line }).AssertNoErrors().Output.Select(o => o.ToString()).ToList();

    private void Connect()
        => runspace.Invoke("$t = [System.Net.NetworkCredential]::new('', $plain).SecurePassword; Connect-Peloton -AccessToken $t -ApiBaseUri $uri -AuthBaseUri $uri",
            new Dictionary<string, object?> { ["plain"] = fake.Server.State.IssueAccessToken(), ["uri"] = fake.Server.BaseUri.ToString() }).AssertNoErrors();

    [Fact]
    public void FitnessDisciplinesCompleteFromTheKnownListWithoutASession()
        => Assert.Equal(new[] { "caesar", "caesar_bootcamp", "cardio", "circuit", "cycling" }, Complete("Get-PelotonWorkout -FitnessDiscipline c"));

    [Fact]
    public void CatalogNamesAreEmptyAndSilentWhenNotConnected()
    {
        Assert.Empty(Complete("Get-PelotonClass -Instructor Matt"));
        Assert.Empty(Complete("Get-PelotonClass -Discipline cyc"));
        Assert.Empty(Complete("Get-PelotonClass -ClassType Pow"));
    }

    [Fact]
    public void InstructorNamesAreQuotedAndMatchThePrefixInAnyCase()
    {
        Connect();

        Assert.Equal(new[] { "'Matt Wilpers'", "'Matty Maggiacomo'" }, Complete("Get-PelotonClass -Instructor matt"));
        Assert.Equal(new[] { "\"Matt Wilpers\"" }, Complete("Get-PelotonClass -Instructor \"Matt W"));
    }

    [Fact]
    public void BrowseCategoriesAndClassTypesCompleteFromTheSessionNarrowedByDiscipline()
    {
        Connect();

        Assert.Contains("cycling", Complete("Get-PelotonClass -Discipline cyc"));
        Assert.Contains("strength", Complete("Get-PelotonClass -Discipline str"));
        Assert.Single(fake.Server.Requests, r => r.Path == "/api/browse_categories"); // cached for the session
        List<string> types = Complete("Get-PelotonClass -Discipline cycling -ClassType Pow");
        Assert.Equal(new[] { "'Power Zone'" }, types.Distinct());
        Assert.All(Complete("Get-PelotonClass -Discipline yoga -ClassType ''"), t => Assert.DoesNotContain("Power Zone", t));
    }

    [Fact]
    public async Task CompletionIsTimeBoxedWhenPelotonIsSlow()
    {
        await using FakePeloton.FakePelotonServer slow = await FakePeloton.FakePelotonServer.StartAsync(
            new FakePeloton.FakePelotonOptions { WorkoutCount = 1, Latency = TimeSpan.FromMilliseconds(1500) });
        runspace.Invoke("$t = [System.Net.NetworkCredential]::new('', $plain).SecurePassword; Connect-Peloton -AccessToken $t -ApiBaseUri $uri -AuthBaseUri $uri",
            new Dictionary<string, object?> { ["plain"] = slow.State.DemoToken, ["uri"] = slow.BaseUri.ToString() }).AssertNoErrors();
        Environment.SetEnvironmentVariable("PELOTONPS_COMPLETION_TIMEOUT_MS", "300");
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            List<string> completions = Complete("Get-PelotonClass -Instructor Matt");
            clock.Stop();

            // The instructor list would take 1.5 s to arrive: completion gives up after about 300 ms, silently.
            Assert.Empty(completions);
            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(1400), $"completion took {clock.Elapsed.TotalMilliseconds} ms");
        }
        finally
        {
            Environment.SetEnvironmentVariable("PELOTONPS_COMPLETION_TIMEOUT_MS", null);
        }
    }
}
