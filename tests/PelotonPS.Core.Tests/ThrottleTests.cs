using PelotonPS.Concurrency;
using PelotonPS.Core.Tests.Support;

namespace PelotonPS.Core.Tests;

[Collection(EngineEnvironmentCollection.Name)]
public sealed class ThrottleTests
{
    [Fact]
    public void TheDefaultIsFourAndAParameterWins()
    {
        using var environment = new EnvironmentScope(new Dictionary<string, string> { ["PELOTONPS_THROTTLE_LIMIT"] = "8" });

        Assert.Equal(8, Throttle.Effective(null));
        Assert.Equal(2, Throttle.Effective(2));
    }

    [Theory]
    [InlineData("40", 16)]
    [InlineData("0", 1)]
    [InlineData("lots", 4)]
    public void TheModuleWideDefaultIsClampedAndIgnoredWhenNotANumber(string value, int expected)
    {
        using var environment = new EnvironmentScope(new Dictionary<string, string> { ["PELOTONPS_THROTTLE_LIMIT"] = value });

        Assert.Equal(expected, Throttle.Effective(null));
    }

    [Fact]
    public void WithoutTheVariableItIsFour()
    {
        using var environment = new EnvironmentScope(new Dictionary<string, string>());

        Assert.Equal(4, Throttle.Effective(null));
    }
}
