using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace FakePeloton.Routes.Auth0;

/// <summary>The S256 check of RFC 7636: base64url(SHA-256(code_verifier)) must equal the code_challenge.</summary>
internal static class Pkce
{
    public const string Method = "S256";

    public static bool Verifies(string? verifier, string challenge) =>
        !string.IsNullOrEmpty(verifier)
        && Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) == challenge;
}
