using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Connect-Peloton with a token, through a real runspace: validation, output, errors, base URI rules.</summary>
public sealed class ConnectPelotonTokenTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeServerFixture fake;

    public ConnectPelotonTokenTests(FakeServerFixture fake) => this.fake = fake;

    [Fact]
    public void PassThruReturnsTheSessionOfTheUserFromApiMe()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke(Connected.ConnectScript + "$session", Connected.Variables(fake.Server));

        result.AssertNoErrors();
        var session = Assert.Single(result.Output);
        Assert.Contains("PelotonPS.Session", session.TypeNames);
        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", session.Text("UserId"));
        Assert.Equal("jdoe", session.Text("Username"));
        Assert.Equal("Token", session.Text("AuthFlow"));
        Assert.Equal(fake.Server.BaseUri.ToString(), session.Text("ApiBaseUri"));
    }

    [Fact]
    public void WritesNothingToTheOutputWithoutPassThru()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke(
            "$token = [System.Net.NetworkCredential]::new('', $plainToken).SecurePassword\n" +
            "$captured = Connect-Peloton -AccessToken $token -ApiBaseUri $baseUri -AuthBaseUri $baseUri\n" +
            "$null -eq $captured",
            Connected.Variables(fake.Server));

        result.AssertNoErrors();
        Assert.True((bool)Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void ValidatesTheTokenWithApiMeSendingTheDocumentedHeaders()
    {
        using var runspace = new ModuleRunspace();
        Dictionary<string, object?> variables = Connected.Variables(fake.Server);
        ScriptResult result = runspace.Invoke(Connected.ConnectScript, variables);

        result.AssertNoErrors();
        var me = fake.Server.Requests.Last(r => r.Path == "/api/me" && r.Headers.GetValueOrDefault("authorization") == "Bearer " + variables["plainToken"]);
        Assert.Equal("GET", me.Method);
        Assert.Equal("web", me.Headers["peloton-platform"]);
        Assert.StartsWith("PelotonPS/0.1.0", me.Headers["user-agent"]);
        // Compressed answers: gzip and deflate everywhere, brotli where the runtime has it (it does on .NET 10).
        Assert.Equal(new[] { "br", "deflate", "gzip" }, me.Headers["accept-encoding"].Split(',').Select(e => e.Trim()).OrderBy(e => e));
    }

    [Fact]
    public void ARejectedTokenStopsWithPelotonUnauthorized()
    {
        using var runspace = new ModuleRunspace();
        ScriptResult result = runspace.Invoke(Connected.ConnectScript, Connected.Variables(fake.Server, token: "not-a-valid-token"));

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonUnauthorized,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("Connect-Peloton", error.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain("not-a-valid-token", string.Join("\n", result.AllText()));
    }

    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://192.168.1.10:8080/")]
    public void PlainHttpIsRefusedForNonLoopbackAddresses(string address)
    {
        using var runspace = new ModuleRunspace();
        Dictionary<string, object?> variables = Connected.Variables(fake.Server);
        variables["baseUri"] = address;
        int before = fake.Server.Requests.Count;

        ScriptResult result = runspace.Invoke(Connected.ConnectScript, variables);

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonInsecureBaseUri,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("loopback", error.ErrorDetails.Message);
        Assert.Equal(before, fake.Server.Requests.Count);
    }

    [Fact]
    public void PlainHttpIsAcceptedForLoopbackAddresses()
    {
        // The fake server itself is http://127.0.0.1:<port>/; localhost names the same machine.
        using var runspace = new ModuleRunspace();
        Dictionary<string, object?> variables = Connected.Variables(fake.Server);
        variables["baseUri"] = fake.Server.BaseUri.ToString().Replace("127.0.0.1", "localhost");

        ScriptResult result = runspace.Invoke(Connected.ConnectScript + "$session.ApiBaseUri.Host", variables);

        result.AssertNoErrors();
        Assert.Equal("localhost", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public void AnEmptyTokenIsAnArgumentErrorBeforeAnyRequest()
    {
        using var runspace = new ModuleRunspace();
        int before = fake.Server.Requests.Count;
        ScriptResult result = runspace.Invoke(Connected.ConnectScript, Connected.Variables(fake.Server, token: "   "));

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonInvalidArgument,PelotonPS.Commands.Cmdlets.ConnectPelotonCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("Bearer", error.ErrorDetails.RecommendedAction);
        Assert.Equal(before, fake.Server.Requests.Count);
    }
}
