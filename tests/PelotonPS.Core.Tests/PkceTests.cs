using System.Security.Cryptography;
using System.Text;
using PelotonPS.Auth;

namespace PelotonPS.Core.Tests;

public sealed class PkceTests
{
    [Fact]
    public void TheChallengeIsTheBase64UrlSha256OfTheVerifier()
    {
        Pkce pkce = Pkce.Create();

        Assert.InRange(pkce.Verifier.Length, 43, 128);
        Assert.Matches("^[A-Za-z0-9_-]+$", pkce.Verifier);
        string expected = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(pkce.Verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(expected, pkce.Challenge);
        Assert.DoesNotContain(pkce.Verifier, pkce.ToString());
    }

    [Fact]
    public void EveryLoginGetsFreshValues()
    {
        Pkce a = Pkce.Create(), b = Pkce.Create();
        Assert.NotEqual(a.Verifier, b.Verifier);
        Assert.NotEqual(a.State, b.State);
        Assert.NotEqual(a.Nonce, b.Nonce);
    }
}
