using PelotonPS.Errors;

namespace PelotonPS.Persistence
{
    /// <summary>Where -Persist may save: protected storage, or a plain file only when the user says so. Never a silent plaintext fallback.</summary>
    internal enum TokenStoreKind
    {
        WindowsDpapi,
        SecretVault,
        UnencryptedFile,
    }

    internal static class TokenStorePolicy
    {
        public static TokenStoreKind Choose(bool isWindows, bool secretVaultAvailable, bool allowUnencryptedStorage)
        {
            if (isWindows)
            {
                return TokenStoreKind.WindowsDpapi;
            }

            if (secretVaultAvailable)
            {
                return TokenStoreKind.SecretVault;
            }

            if (allowUnencryptedStorage)
            {
                return TokenStoreKind.UnencryptedFile;
            }

            throw new PelotonException(PelotonErrorIds.PersistenceUnavailable, PelotonErrorCategory.ResourceUnavailable,
                "Saving the Peloton session needs protected storage, and none is available: on Linux and macOS PelotonPS uses a SecretManagement vault.",
                "Install Microsoft.PowerShell.SecretManagement with a default vault (for example: Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore; Register-SecretVault SecretStore -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault), or pass -AllowUnencryptedStorage to save a file only your account can read.");
        }
    }
}
