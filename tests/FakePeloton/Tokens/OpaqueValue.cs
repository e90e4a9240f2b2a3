using System.Buffers.Text;
using System.Security.Cryptography;

namespace FakePeloton.Tokens;

/// <summary>Unguessable URL-safe values: states, cookies, codes, one-time tickets, refresh tokens.</summary>
internal static class OpaqueValue
{
    public static string Create(int randomBytes = 24) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(randomBytes));
}
