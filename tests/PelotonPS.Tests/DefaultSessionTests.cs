using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

[Collection(DefaultSessionCollection.Name)]
public sealed class DefaultSessionTests : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeServerFixture fake;
    private readonly ModuleRunspace runspace = new();

    public DefaultSessionTests(FakeServerFixture fake)
    {
        this.fake = fake;
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
    }

    public void Dispose()
    {
        runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue");
        foreach (string name in new[] { "PELOTONPS_ACCESS_TOKEN", "PELOTONPS_API_BASE_URI", "PELOTONPS_AUTH_BASE_URI" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        runspace.Dispose();
    }

    [Fact]
    public void WithoutASessionACmdletStopsWithPelotonNotConnected()
    {
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -First 1; 'next statement'");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("PelotonNotConnected,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("Connect-Peloton", error.ErrorDetails.RecommendedAction);
        Assert.Equal("next statement", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public void ConnectSetsTheCurrentSessionThatCmdletsUseByDefault()
    {
        ScriptResult result = runspace.Invoke(
            "$token = [System.Net.NetworkCredential]::new('', $plainToken).SecurePassword\n" +
            "Connect-Peloton -AccessToken $token -ApiBaseUri $baseUri -AuthBaseUri $baseUri\n" +
            "(Get-PelotonSession).Username\n" +
            "(Get-PelotonWorkout -First 2).WorkoutId",
            Connected.Variables(fake.Server));

        result.AssertNoErrors();
        Assert.Equal(new[] { "jdoe" }.Concat(fake.Server.State.Workouts.Take(2).Select(w => w.WorkoutId)), result.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void WithNoParametersConnectUsesTheEnvironmentVariables()
    {
        Environment.SetEnvironmentVariable("PELOTONPS_ACCESS_TOKEN", fake.Server.State.IssueAccessToken());
        Environment.SetEnvironmentVariable("PELOTONPS_API_BASE_URI", fake.Server.BaseUri.ToString());
        Environment.SetEnvironmentVariable("PELOTONPS_AUTH_BASE_URI", fake.Server.BaseUri.ToString());

        ScriptResult result = runspace.Invoke("Connect-Peloton -Verbose; Get-PelotonSession");

        result.AssertNoErrors();
        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Assert.Single(result.Output).Text("UserId"));
        Assert.Contains(result.Verbose, v => v.Contains("PELOTONPS_ACCESS_TOKEN"));
    }

    [Fact]
    public void ParametersOverrideTheBaseUriVariables()
    {
        Environment.SetEnvironmentVariable("PELOTONPS_API_BASE_URI", "https://api.invalid/");

        ScriptResult result = runspace.Invoke(Connected.ConnectScript + "$session.ApiBaseUri.ToString()", Connected.Variables(fake.Server));

        result.AssertNoErrors();
        Assert.Equal(fake.Server.BaseUri.ToString(), Assert.Single(result.Output).ToString());
    }

    [Fact]
    public void WithNothingToConnectWithConnectSaysWhatToDo()
    {
        ScriptResult result = runspace.Invoke("Connect-Peloton");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("PelotonNotConnected,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Contains("PELOTONPS_ACCESS_TOKEN", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void DisconnectWhenNotConnectedIsANonTerminatingErrorThatCanBeSilenced()
    {
        ScriptResult loud = runspace.Invoke("Disconnect-Peloton; 'went on'");
        ScriptResult quiet = runspace.Invoke("Disconnect-Peloton -ErrorAction SilentlyContinue; 'went on'");

        Assert.Equal("PelotonNotConnected,PelotonPS.Commands.Cmdlets.DisconnectPelotonCommand", Assert.Single(loud.Errors).FullyQualifiedErrorId);
        Assert.Equal("went on", Assert.Single(loud.Output).ToString());
        quiet.AssertNoErrors();
        Assert.Equal("went on", Assert.Single(quiet.Output).ToString());
    }

    [Fact]
    public void AfterDisconnectTheSessionIsGoneAndItsObjectIsClosed()
    {
        ScriptResult result = runspace.Invoke(
            Connected.ConnectScript + "Disconnect-Peloton\n$null -eq (Get-PelotonSession)\nGet-PelotonWorkout -Session $session -First 1",
            Connected.Variables(fake.Server));

        Assert.True((bool)Assert.Single(result.Output).BaseObject);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("PelotonNotConnected,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void ASecondConnectReplacesTheCurrentSessionButLeavesTheFirstUsable()
    {
        ScriptResult result = runspace.Invoke(
            Connected.ConnectScript + "$first = $session\n" + Connected.ConnectScript +
            "[object]::ReferenceEquals((Get-PelotonSession), $session)\n" +
            "(Get-PelotonWorkout -Session $first -First 1).WorkoutId",
            Connected.Variables(fake.Server));

        result.AssertNoErrors();
        Assert.True((bool)result.Output[0].BaseObject);
        Assert.Equal(fake.Server.State.Workouts[0].WorkoutId, result.Output[1].ToString());
    }

    [Fact]
    public void DisconnectWithWhatIfKeepsTheSession()
    {
        ScriptResult result = runspace.Invoke(
            Connected.ConnectScript + "Disconnect-Peloton -WhatIf\n(Get-PelotonWorkout -First 1).WorkoutId",
            Connected.Variables(fake.Server));

        result.AssertNoErrors();
        Assert.Equal(fake.Server.State.Workouts[0].WorkoutId, Assert.Single(result.Output).ToString());
        Assert.Contains("Disconnect from Peloton", runspace.Host.Text);
    }

    [Fact]
    public void OfflineUsesTheDefaultArchiveWithoutASession()
    {
        using var archive = new TempFolder();
        Environment.SetEnvironmentVariable("PELOTONPS_ARCHIVE_DIR", archive.Path);
        try
        {
            runspace.Invoke(Connected.ConnectScript + "$null = Sync-PelotonWorkout -Session $session -NoPerformanceGraph\nDisconnect-Peloton", Connected.Variables(fake.Server)).AssertNoErrors();
            int requests = fake.Server.Requests.Count;

            ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Offline -First 3").AssertNoErrors();

            Assert.Equal(fake.Server.State.Workouts.Take(3).Select(w => w.WorkoutId), result.Output.Select(o => o.Text("WorkoutId")));
            Assert.Equal(requests, fake.Server.Requests.Count);
            Assert.True(Directory.Exists(Path.Combine(archive.Path, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PELOTONPS_ARCHIVE_DIR", null);
        }
    }

    [Fact]
    public void TheCurrentSessionAndAPassedSessionWorkInForEachObjectParallel()
    {
        // Parallel runspaces auto-load the module from PSModulePath, as they would an installed one.
        string? modulePath = Environment.GetEnvironmentVariable("PSModulePath");
        Environment.SetEnvironmentVariable("PSModulePath", Path.Combine(AppContext.BaseDirectory, "Modules") + Path.PathSeparator + modulePath);
        ScriptResult result;
        try
        {
            result = runspace.Invoke(
            Connected.ConnectScript +
            "$ids = 1..3 | ForEach-Object -Parallel { (Get-PelotonWorkout -First 1).WorkoutId } -ThrottleLimit 3\n" +
            "$passed = 1..3 | ForEach-Object -Parallel { (Get-PelotonWorkout -Session $using:session -First 1).WorkoutId } -ThrottleLimit 3\n" +
            "$ids + $passed",
            Connected.Variables(fake.Server));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PSModulePath", modulePath);
        }

        result.AssertNoErrors();
        Assert.Equal(Enumerable.Repeat(fake.Server.State.Workouts[0].WorkoutId, 6), result.Output.Select(o => o.ToString()));
    }
}
