using System;
using System.IO;
using System.Runtime.InteropServices;
using PelotonPS.Sessions;

namespace PelotonPS.Archive
{
    /// <summary>
    /// Where the archive lives: PELOTONPS_ARCHIVE_DIR, else the per-user data folder (LOCALAPPDATA on Windows,
    /// ~/Library/Application Support on macOS, $XDG_DATA_HOME or ~/.local/share elsewhere) + PelotonPS/archive.
    /// Inside, one folder per user id, so two accounts never mix.
    /// </summary>
    internal static class ArchiveLocation
    {
        public const string EnvironmentVariable = "PELOTONPS_ARCHIVE_DIR";

        public static string DefaultRoot()
        {
            string? overridden = PelotonEnvironment.Get(EnvironmentVariable);
            if (overridden is not null)
            {
                return overridden;
            }

            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            string data = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
                    ? Path.Combine(home, "Library", "Application Support")
                    : PelotonEnvironment.Get("XDG_DATA_HOME") ?? Path.Combine(home, ".local", "share");
            return Path.Combine(data, "PelotonPS", "archive");
        }

        public static string UserFolder(string root, string userId) => Path.Combine(root, userId);
    }
}
