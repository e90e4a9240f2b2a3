using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Connect-Peloton -Credential against the fake's Auth0 login: the web flow, the fallback, and every refusal.</summary>
public sealed class ConnectPelotonLoginTests
{
    [Fact]
    public async Task TheWebLoginWalksTheAuth0FlowAndStopsAtTheCallbackCode()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();

        ScriptResult result = runspace.Invoke(LoginScripts.Connect + "\n$session\n(Get-PelotonWorkout -Session $session -First 1).WorkoutId", LoginScripts.Variables(server)).AssertNoErrors();

        PSObject session = result.Output[0];
        Assert.Equal(("Web", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "jdoe"), (session.Text("AuthFlow"), session.Text("UserId"), session.Text("Username")));
        Assert.Equal(server.State.Workouts[0].WorkoutId, result.Output[1].ToString());
        FakeAuthSwitches auth = server.State.Auth;
        Assert.Equal((1, 1, 1, 0), (auth.AuthorizeRequests, auth.LoginPosts, auth.AuthorizationCodeGrants, auth.PasswordGrants));
        Assert.Equal(new[] { "/authorize", "/login", "/usernamepassword/login", "/login/callback", "/authorize/resume", "/oauth/token", "/api/me" },
            server.Requests.Select(r => r.Path).Where(p => p != "/api/user/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/workouts").ToArray());
        Assert.DoesNotContain(server.Requests, r => r.Path.Contains("callback", StringComparison.Ordinal) && r.Method == "GET");
        DateTime expires = session.Get<DateTime?>("ExpiresAt")!.Value;
        Assert.InRange(expires, DateTime.Now.AddHours(47), DateTime.Now.AddHours(49));
    }

    [Theory]
    [InlineData("MissingCsrfCookie", "Missing CSRF token")]
    [InlineData("ChangedLoginForm", "without the expected form")]
    public async Task WhenTheWebLoginsMechanicsFailAutoFallsBackToThePasswordGrant(string failure, string reason)
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        typeof(FakeAuthSwitches).GetProperty(failure)!.SetValue(server.State.Auth, true);
        using var runspace = new ModuleRunspace();

        ScriptResult result = runspace.Invoke(LoginScripts.Connect + "\n$session.AuthFlow.ToString()", LoginScripts.Variables(server)).AssertNoErrors();

        Assert.Equal("Password", Assert.Single(result.Output).ToString());
        Assert.Contains(result.Verbose, v => v.Contains(reason) && v.Contains("trying the password grant"));
        Assert.Equal(1, server.State.Auth.PasswordGrants);
    }

    [Fact]
    public async Task AWrongPasswordIsPelotonLoginFailedAtOnceWithoutRetryOrFallback()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();

        ScriptResult result = runspace.Invoke(LoginScripts.Connect, LoginScripts.Variables(server, password: "wrong password"));

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonLoginFailed,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("Wrong email or password", error.ErrorDetails.Message);
        Assert.Contains("lock", error.ErrorDetails.RecommendedAction);
        Assert.Equal((1, 0, 0), (server.State.Auth.LoginPosts, server.State.Auth.PasswordGrants, server.State.Auth.AuthorizationCodeGrants));
    }

    [Fact]
    public async Task ThePasswordFlowAloneRejectsAWrongPasswordOnce()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();

        ScriptResult ok = runspace.Invoke(LoginScripts.Connect + " -AuthFlow Password\n$session.AuthFlow.ToString()", LoginScripts.Variables(server)).AssertNoErrors();
        ScriptResult wrong = runspace.Invoke(LoginScripts.Connect + " -AuthFlow Password", LoginScripts.Variables(server, password: "nope"));

        Assert.Equal("Password", Assert.Single(ok.Output).ToString());
        Assert.Equal("PelotonLoginFailed,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", wrong.SingleError.FullyQualifiedErrorId);
        Assert.Equal((0, 2), (server.State.Auth.AuthorizeRequests, server.State.Auth.PasswordGrants));
    }

    [Fact]
    public async Task ALoginTimeRateLimitSaysToWaitOrUseAToken()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        server.State.Auth.LoginRateLimited = true;
        using var runspace = new ModuleRunspace();

        ScriptResult result = runspace.Invoke(LoginScripts.Connect, LoginScripts.Variables(server));

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonRateLimited,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
        Assert.Contains("60 seconds", error.ErrorDetails.Message);
        Assert.Contains("-AccessToken", error.ErrorDetails.RecommendedAction);
        Assert.Equal((1, 0), (server.State.Auth.LoginPosts, server.State.Auth.PasswordGrants));
    }

    [Fact]
    public async Task TheWebFlowAloneReportsBrokenMechanicsAsPelotonLoginFlowFailed()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        server.State.Auth.MissingCsrfCookie = true;
        using var runspace = new ModuleRunspace();

        ScriptResult result = runspace.Invoke(LoginScripts.Connect + " -AuthFlow Web", LoginScripts.Variables(server));

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonLoginFlowFailed,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ProtocolError, error.CategoryInfo.Category);
        Assert.Contains("-AccessToken", error.ErrorDetails.RecommendedAction);
        Assert.Equal(0, server.State.Auth.PasswordGrants);
    }

    [Fact]
    public async Task AuthSettingOverridesReachTheLoginServer()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();

        // The fake insists on tenant peloton-prod: a changed tenant breaks the web flow, proving the override is sent.
        ScriptResult web = runspace.Invoke(LoginScripts.Connect + " -AuthFlow Web -AuthSetting @{ Tenant = 'onepeloton-production' }", LoginScripts.Variables(server));
        ScriptResult mobile = runspace.Invoke(LoginScripts.Connect + " -AuthFlow Password -AuthSetting @{ MobileClientId = 'not-the-mobile-client' }", LoginScripts.Variables(server));

        Assert.Equal("PelotonLoginFlowFailed,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", web.SingleError.FullyQualifiedErrorId);
        Assert.Contains("HTTP 400", web.SingleError.ErrorDetails.Message);
        Assert.Equal("PelotonLoginFlowFailed,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", mobile.SingleError.FullyQualifiedErrorId);
        Assert.Contains("access_denied", mobile.SingleError.ErrorDetails.Message);
    }

    [Fact]
    public async Task ABareUserNamePromptsForThePassword()
    {
        await using FakePelotonServer server = await LoginScripts.StartServer();
        using var runspace = new ModuleRunspace();
        runspace.Host.CredentialAnswers.Enqueue(new PSCredential("jdoe@example.com", new System.Net.NetworkCredential(string.Empty, "correct horse battery staple").SecurePassword));

        ScriptResult result = runspace.Invoke("(Connect-Peloton -Credential 'jdoe@example.com' -ApiBaseUri $baseUri -AuthBaseUri $baseUri -PassThru).Username", LoginScripts.Variables(server)).AssertNoErrors();

        Assert.Equal("jdoe", Assert.Single(result.Output).ToString());
        Assert.Equal(1, runspace.Host.CredentialPrompts);
    }
}
