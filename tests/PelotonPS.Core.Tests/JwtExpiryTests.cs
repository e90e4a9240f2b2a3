using PelotonPS.Auth;

namespace PelotonPS.Core.Tests;

public sealed class JwtExpiryTests
{
    private static string Jwt(string payloadJson)
        => JwtExpiry.Base64UrlEncode("""{"alg":"RS256","typ":"JWT"}""") + "." + JwtExpiry.Base64UrlEncode(payloadJson) + ".c2lnbmF0dXJl";

    [Fact]
    public void ReadsTheExpClaim()
        => Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764000000), JwtExpiry.TryRead(Jwt("""{"sub":"auth0|x","exp":1764000000}""")));

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public void AnythingElseIsUnknown(string token) => Assert.Null(JwtExpiry.TryRead(token));

    [Fact]
    public void APayloadWithoutExpIsUnknown() => Assert.Null(JwtExpiry.TryRead(Jwt("""{"sub":"auth0|x"}""")));
}
