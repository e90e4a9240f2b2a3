using System.Collections.Generic;
using System.Runtime.InteropServices;
using PelotonPS.Persistence;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>Which stores -Persist saves to and Connect-Peloton reads from, on this machine.</summary>
    internal static class TokenStores
    {
        private static bool IsWindows => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>The store -Persist saves to; refuses (PelotonPersistenceUnavailable) when only plaintext is possible and not allowed.</summary>
        public static ITokenStore ForSaving(bool allowUnencryptedStorage)
        {
            bool vault = !IsWindows && SecretVaultTokenStore.IsAvailable();
            return TokenStorePolicy.Choose(IsWindows, vault, allowUnencryptedStorage) switch
            {
                TokenStoreKind.WindowsDpapi => FileTokenStore.WindowsProtected(ConfigFolder.Resolve()),
                TokenStoreKind.SecretVault => new SecretVaultTokenStore(),
                _ => FileTokenStore.Plain(ConfigFolder.Resolve()),
            };
        }

        /// <summary>Every store a saved session may be in, most protected first.</summary>
        public static IEnumerable<ITokenStore> Candidates()
        {
            if (IsWindows)
            {
                yield return FileTokenStore.WindowsProtected(ConfigFolder.Resolve());
                yield break;
            }

            if (SecretVaultTokenStore.IsAvailable())
            {
                yield return new SecretVaultTokenStore();
            }

            yield return FileTokenStore.Plain(ConfigFolder.Resolve());
        }
    }
}
