using PelotonPS.Core.Tests.Support;
using PelotonPS.Errors;
using PelotonPS.Sessions;

namespace PelotonPS.Core.Tests;

/// <summary>Which hosts a connection uses: parameter, then variable, then what a saved session remembers, then the default.</summary>
[Collection(EngineEnvironmentCollection.Name)]
public sealed class PelotonEndpointsTests
{
    [Fact]
    public void DefaultsAreOnepeloton()
    {
        using var environment = new EnvironmentScope(new Dictionary<string, string>());
        PelotonEndpoints endpoints = PelotonEndpoints.Resolve(null, null);

        Assert.Equal(("https://api.onepeloton.com/", "https://auth.onepeloton.com/"), (endpoints.ApiBaseUri.ToString(), endpoints.AuthBaseUri.ToString()));
    }

    [Fact]
    public void ASavedSessionsHostsBeatTheDefaultsButNotVariablesOrParameters()
    {
        using var environment = new EnvironmentScope(new Dictionary<string, string> { ["PELOTONPS_AUTH_BASE_URI"] = "https://auth.from-variable.test" });

        PelotonEndpoints resumed = PelotonEndpoints.Resolve(null, null, "https://api.saved.test/", "https://auth.saved.test/");
        PelotonEndpoints overridden = PelotonEndpoints.Resolve(new Uri("https://api.parameter.test"), null, "https://api.saved.test/", null);

        Assert.Equal(("https://api.saved.test/", "https://auth.from-variable.test/"), (resumed.ApiBaseUri.ToString(), resumed.AuthBaseUri.ToString()));
        Assert.Equal("https://api.parameter.test/", overridden.ApiBaseUri.ToString());
    }

    [Fact]
    public void AMalformedSavedHostFallsBackAndAMalformedVariableIsReported()
    {
        using (new EnvironmentScope(new Dictionary<string, string>()))
        {
            Assert.Equal("https://api.onepeloton.com/", PelotonEndpoints.Resolve(null, null, "not a uri", null).ApiBaseUri.ToString());
        }

        using var environment = new EnvironmentScope(new Dictionary<string, string> { ["PELOTONPS_API_BASE_URI"] = "not a uri" });
        PelotonException error = Assert.Throws<PelotonException>(() => PelotonEndpoints.Resolve(null, null));
        Assert.Equal(PelotonErrorIds.InvalidBaseUri, error.ErrorId);
    }
}
