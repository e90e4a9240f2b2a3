using PelotonPS.Hosting;

namespace PelotonPS.Core.Tests;

public sealed class HostCompatibilityTests
{
    [Theory]
    [InlineData(7, 4)]
    [InlineData(7, 6)]
    [InlineData(8, 0)]
    public void PowerShell74AndLaterAreSupported(int major, int minor) => Assert.Null(HostCompatibility.CheckCore(new Version(major, minor)));

    [Theory]
    [InlineData(7, 0)]
    [InlineData(7, 3)]
    [InlineData(6, 2)]
    public void OlderPowerShellCoreIsRefusedWithAClearMessage(int major, int minor)
    {
        string? message = HostCompatibility.CheckCore(new Version(major, minor));

        Assert.NotNull(message);
        Assert.Contains("PowerShell 7.4 or later", message);
        Assert.Contains($"{major}.{minor}", message);
    }

    [Fact]
    public void RecognisesNetFramework()
    {
        Assert.True(HostCompatibility.IsNetFramework(".NET Framework 4.8.9232.0"));
        Assert.False(HostCompatibility.IsNetFramework(".NET 10.0.12"));
    }
}
