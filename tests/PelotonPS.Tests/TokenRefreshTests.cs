using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Sessions that keep working: proactive refresh, refresh after a 401, shared, rotated, refused.</summary>
public sealed class TokenRefreshTests
{
    private const string WebClientId = "WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM";

    private const string ConnectWithTokens =
        "$at = [System.Net.NetworkCredential]::new('', $accessToken).SecurePassword\n" +
        "$rt = [System.Net.NetworkCredential]::new('', $refreshToken).SecurePassword\n" +
        "$session = Connect-Peloton -AccessToken $at -RefreshToken $rt -ApiBaseUri $baseUri -AuthBaseUri $baseUri -PassThru\n";

    private static Dictionary<string, object?> TokenVariables(FakePelotonServer server, TimeSpan lifetime) => new()
    {
        ["accessToken"] = server.State.IssueAccessToken(lifetime),
        ["refreshToken"] = server.State.IssueRefreshToken(WebClientId),
        ["baseUri"] = server.BaseUri.ToString(),
    };

    [Fact]
    public async Task AnAccessTokenExpiringWithinFiveMinutesIsRefreshedBeforeTheRequest()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();
        Dictionary<string, object?> variables = TokenVariables(server, TimeSpan.FromMinutes(2));

        // Connect's own check of the token (GET /api/me) is the first request, so the refresh happens there.
        ScriptResult result = runspace.Invoke(ConnectWithTokens.Replace("-PassThru", "-PassThru -Verbose") + "$session.ExpiresAt -gt [DateTime]::Now.AddHours(40)\n(Get-PelotonWorkout -Session $session -First 1).WorkoutId", variables).AssertNoErrors();

        Assert.True((bool)result.Output[0].BaseObject);
        Assert.Equal(server.State.Workouts[0].WorkoutId, result.Output[1].ToString());
        Assert.Equal(1, server.State.Auth.RefreshGrants);
        Assert.Contains(result.Verbose, v => v.Contains("expires within five minutes"));
        Assert.True(server.Requests.ToList().FindIndex(r => r.Path == "/oauth/token") < server.Requests.ToList().FindIndex(r => r.Path == "/api/me"));
    }

    [Fact]
    public async Task ARejectedTokenIsRefreshedOnceAndTheRequestRetried()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();
        runspace.Invoke(LoginScripts.Connect, LoginScripts.Variables(server)).AssertNoErrors();
        server.State.Auth.ExpireAllAccessTokens();

        ScriptResult result = runspace.Invoke("(Get-PelotonWorkout -Session $session -First 2 -Verbose).Count").AssertNoErrors();

        Assert.Equal(2, (int)Assert.Single(result.Output).BaseObject);
        Assert.Equal(1, server.State.Auth.RefreshGrants);
        Assert.Contains(result.Verbose, v => v.Contains("rejected the access token; renewing it once"));
    }

    [Fact]
    public async Task ConcurrentRequestsShareOneRefresh()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer(workouts: 12);
        using var runspace = new ModuleRunspace();
        runspace.Invoke(LoginScripts.Connect, LoginScripts.Variables(server)).AssertNoErrors();
        server.State.Auth.ExpireAllAccessTokens();
        server.State.Auth.RefreshDelay = TimeSpan.FromMilliseconds(300);
        var ids = server.State.Workouts.Take(8).Select(w => w.WorkoutId).ToArray();

        ScriptResult result = runspace.Invoke("Get-PelotonPerformanceGraph -Session $session -WorkoutId $ids -ThrottleLimit 8 -EveryN 600", new Dictionary<string, object?> { ["ids"] = ids }).AssertNoErrors();

        Assert.Equal(ids, result.Output.Select(o => o.Text("WorkoutId")));
        Assert.Equal(1, server.State.Auth.RefreshGrants);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ARotatedRefreshTokenReplacesTheOldOneAndAnAbsentOneKeepsIt(bool rotate)
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        server.State.Auth.RotateRefreshTokens = rotate;
        using var runspace = new ModuleRunspace();
        runspace.Invoke(LoginScripts.Connect, LoginScripts.Variables(server)).AssertNoErrors();

        for (int round = 1; round <= 3; round++)
        {
            server.State.Auth.ExpireAllAccessTokens();
            runspace.Invoke("Get-PelotonWorkout -Session $session -First 1").AssertNoErrors();
            Assert.Equal(round, server.State.Auth.RefreshGrants);
        }
    }

    [Fact]
    public async Task ARefusedRefreshOfATokenSessionIsPelotonSessionExpired()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();
        runspace.Invoke(ConnectWithTokens, TokenVariables(server, TimeSpan.FromHours(48))).AssertNoErrors();
        server.State.Auth.RejectRefresh = true;
        server.State.Auth.ExpireAllAccessTokens();

        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 1");

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonSessionExpired,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("Connect-Peloton", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public async Task ARefusedRefreshOfACredentialSessionSignsInAgainOnce()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();
        runspace.Invoke(LoginScripts.Connect, LoginScripts.Variables(server)).AssertNoErrors();
        server.State.Auth.RejectRefresh = true;
        server.State.Auth.ExpireAllAccessTokens();

        ScriptResult result = runspace.Invoke("(Get-PelotonWorkout -Session $session -First 1 -Verbose).WorkoutId").AssertNoErrors();

        Assert.Equal(server.State.Workouts[0].WorkoutId, Assert.Single(result.Output).ToString());
        Assert.Equal((1, 2), (server.State.Auth.RefreshGrants, server.State.Auth.LoginPosts));
        Assert.Contains(result.Verbose, v => v.Contains("signing in again"));
    }

    [Fact]
    public async Task WithoutARefreshTokenARejectedTokenIsPelotonUnauthorized()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using ModuleRunspace runspace = Connected.Runspace(server, out _);
        server.State.RevokeAllTokens();

        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 1");

        Assert.Equal("PelotonUnauthorized,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal(0, server.State.Auth.RefreshGrants);
    }
}
