using System.Net;
using System.Security;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>Turns a SecureString into text only at the point of use (the HTTP call).</summary>
    internal static class SecretText
    {
        public static string? From(SecureString? secure)
        {
            if (secure is null || secure.Length == 0)
            {
                return null;
            }

            return new NetworkCredential(string.Empty, secure).Password;
        }
    }
}
