using PelotonPS.Core.Tests.Support;

namespace PelotonPS.Core.Tests;

[Collection(EngineEnvironmentCollection.Name)]
public sealed class AuthSettingsTests
{
    [Fact]
    public void DefaultsAreTheDocumentedConstants()
    {
        using var environment = new EnvironmentScope(new Dictionary<string, string>());
        AuthSettings s = AuthSettings.Resolve(null);

        Assert.Equal("WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM", s.WebClientId);
        Assert.Equal("mgsmWCD0A8Qn6uz6mmqI6qeBNHH9IPwS", s.MobileClientId);
        Assert.Equal("https://api.onepeloton.com/", s.Audience);
        Assert.Equal("offline_access openid peloton-api.members:default", s.WebScope);
        Assert.Equal("offline_access openid", s.PasswordScope);
        Assert.Equal("https://members.onepeloton.com/callback", s.RedirectUri);
        Assert.Equal("peloton-prod", s.Tenant);
        Assert.Equal("pelo-user-password", s.Connection);
        Assert.Equal("""{"name":"auth0.js-ulp","version":"9.14.3"}""", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s.Auth0Client)));
    }

    [Fact]
    public void EnvironmentVariablesOverrideDefaultsAndParametersOverrideBoth()
    {
        using var environment = new EnvironmentScope(new Dictionary<string, string>
        {
            ["PELOTONPS_TENANT"] = "onepeloton-production",
            ["PELOTONPS_MOBILE_CLIENT_ID"] = "env-mobile",
            ["PELOTONPS_CONNECTION"] = "env-connection",
        });

        AuthSettings s = AuthSettings.Resolve(new AuthSettings { Connection = "param-connection", RedirectUri = "https://example.test/cb" });

        Assert.Equal("onepeloton-production", s.Tenant);
        Assert.Equal("env-mobile", s.MobileClientId);
        Assert.Equal("param-connection", s.Connection);
        Assert.Equal("https://example.test/cb", s.RedirectUri);
        Assert.Equal("WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM", s.WebClientId);
    }
}
