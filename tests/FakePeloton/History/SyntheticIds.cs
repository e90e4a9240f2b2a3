using System.Security.Cryptography;
using System.Text;

namespace FakePeloton.History;

/// <summary>Made-up ids in Peloton's format (32 lowercase hex), the same for the same inputs.</summary>
internal static class SyntheticIds
{
    public static string Hex32(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(':', parts))))[..32];
}
