using PelotonPS.Errors;
using PelotonPS.Sessions;

namespace PelotonPS.Core.Tests;

public sealed class BaseUriPolicyTests
{
    [Theory]
    [InlineData("https://api.onepeloton.com", "https://api.onepeloton.com/")]
    [InlineData("http://127.0.0.1:5189", "http://127.0.0.1:5189/")]
    [InlineData("http://127.8.9.10:5189/", "http://127.8.9.10:5189/")]
    [InlineData("http://localhost:5189/base", "http://localhost:5189/base/")]
    [InlineData("http://[::1]:5189/", "http://[::1]:5189/")]
    public void AcceptsHttpsAndLoopbackHttpAndEndsWithASlash(string input, string expected)
        => Assert.Equal(expected, BaseUriPolicy.Validate(new Uri(input), "ApiBaseUri").ToString());

    [Theory]
    [InlineData("http://api.onepeloton.com/")]
    [InlineData("http://10.0.0.5/")]
    public void RefusesPlainHttpElsewhere(string input)
    {
        PelotonException error = Assert.Throws<PelotonException>(() => BaseUriPolicy.Validate(new Uri(input), "ApiBaseUri"));

        Assert.Equal(PelotonErrorIds.InsecureBaseUri, error.ErrorId);
        Assert.Equal(PelotonErrorCategory.SecurityError, error.Category);
    }

    [Fact]
    public void RefusesOtherSchemes()
    {
        PelotonException error = Assert.Throws<PelotonException>(() => BaseUriPolicy.Validate(new Uri("ftp://api.onepeloton.com/"), "ApiBaseUri"));

        Assert.Equal(PelotonErrorIds.InvalidBaseUri, error.ErrorId);
    }

    [Fact]
    public void MessagesNeverEchoCredentialsInTheAddress()
    {
        PelotonException error = Assert.Throws<PelotonException>(() => BaseUriPolicy.Validate(new Uri("http://me:hunter2@api.example.com/x?token=abc"), "ApiBaseUri"));

        Assert.DoesNotContain("hunter2", error.Message + error.Target);
        Assert.DoesNotContain("token=abc", error.Message + error.Target);
        Assert.Contains("http://api.example.com/x", error.Message);
    }
}
