using System;
using System.IO;
using System.Text.Json;
using PelotonPS.Errors;
using PelotonPS.Json;

namespace PelotonPS.Persistence
{
    /// <summary>
    /// A session saved in one file, written to a temporary name and renamed into place: DPAPI-protected on
    /// Windows, or plain JSON readable only by the user (0600 in a 0700 folder) with -AllowUnencryptedStorage.
    /// </summary>
    internal sealed class FileTokenStore : ITokenStore
    {
        private readonly Func<byte[], byte[]> protect;
        private readonly Func<byte[], byte[]> unprotect;

        private FileTokenStore(string path, Func<byte[], byte[]> protect, Func<byte[], byte[]> unprotect)
        {
            Path = path;
            this.protect = protect;
            this.unprotect = unprotect;
        }

        public string Path { get; }

        public string Description => Path;

        public static FileTokenStore Plain(string folder) => new(System.IO.Path.Combine(folder, "session.json"), b => b, b => b);

        public static FileTokenStore WindowsProtected(string folder) => new(System.IO.Path.Combine(folder, "session.bin"), Dpapi.Protect, Dpapi.Unprotect);

        public PersistedSession? Load()
        {
            if (!File.Exists(Path))
            {
                return null;
            }

            try
            {
                PersistedSession saved = PelotonJson.Deserialize<PersistedSession>(unprotect(File.ReadAllBytes(Path)));
                return saved.ValidOrNull() ?? throw new JsonException("not a complete session");
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                throw new PelotonException(PelotonErrorIds.PersistedSessionInvalid, PelotonErrorCategory.InvalidData,
                    $"The saved Peloton session in {Path} cannot be read ({ex.GetType().Name}); it is ignored.",
                    "Connect again with -Persist to replace it, or remove it with Disconnect-Peloton -ClearPersisted.", Path, ex);
            }
        }

        public void Save(PersistedSession session) => Guard(() => SaveNow(session));

        public bool Delete()
        {
            bool deleted = false;
            Guard(() => deleted = DeleteNow());
            return deleted;
        }

        private static void Guard(Action action)
        {
            try
            {
                action();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                throw new PelotonException(PelotonErrorIds.PersistenceUnavailable, PelotonErrorCategory.WriteError,
                    $"The saved Peloton session could not be written or removed: {ex.Message}",
                    "Check the folder (PELOTONPS_CONFIG_DIR, or the default config folder) and its permissions, then try again.", null, ex);
            }
        }

        private void SaveNow(PersistedSession session)
        {
            string folder = System.IO.Path.GetDirectoryName(Path)!;
            Directory.CreateDirectory(folder);
            UnixPermissions.Set(folder, UnixPermissions.OwnerReadWriteExecute);
            string temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                // Restrict the file before any secret is in it.
                File.WriteAllBytes(temporary, Array.Empty<byte>());
                UnixPermissions.Set(temporary, UnixPermissions.OwnerReadWrite);
                File.WriteAllBytes(temporary, protect(JsonSerializer.SerializeToUtf8Bytes(session, PelotonJson.Options)));
                if (File.Exists(Path))
                {
                    File.Replace(temporary, Path, null);
                }
                else
                {
                    File.Move(temporary, Path);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        private bool DeleteNow()
        {
            if (!File.Exists(Path))
            {
                return false;
            }

            File.Delete(Path);
            return true;
        }
    }
}
