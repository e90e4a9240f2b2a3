using System.Security.Cryptography;
using System.Text;

namespace PelotonPS.Auth
{
    /// <summary>The PKCE pair (RFC 7636, S256) and the random state and nonce of one web login.</summary>
    internal sealed class Pkce
    {
        private Pkce(string verifier)
        {
            Verifier = verifier;
            using var sha = SHA256.Create();
            Challenge = JwtExpiry.Base64UrlEncode(sha.ComputeHash(Encoding.ASCII.GetBytes(verifier)));
            State = RandomText(24);
            Nonce = RandomText(24);
        }

        public string Verifier { get; }

        public string Challenge { get; }

        public string State { get; }

        public string Nonce { get; }

        public static Pkce Create() => new(RandomText(48)); // 64 characters, within RFC 7636's 43..128

        public override string ToString() => "Pkce (secrets hidden)";

        private static string RandomText(int bytes)
        {
            byte[] buffer = new byte[bytes];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(buffer);
            }

            return JwtExpiry.Base64UrlEncode(buffer);
        }
    }
}
