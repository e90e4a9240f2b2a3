using System;
using System.IO;
using System.Runtime.InteropServices;
using PelotonPS.Sessions;

namespace PelotonPS.Persistence
{
    /// <summary>
    /// Where PelotonPS keeps its settings and saved session: PELOTONPS_CONFIG_DIR, else %LOCALAPPDATA%\PelotonPS on
    /// Windows, else $XDG_CONFIG_HOME/PelotonPS or ~/.config/PelotonPS.
    /// </summary>
    internal static class ConfigFolder
    {
        public const string EnvironmentVariable = "PELOTONPS_CONFIG_DIR";

        public static string Resolve()
        {
            string? overridden = PelotonEnvironment.Get(EnvironmentVariable);
            if (overridden is not null)
            {
                return overridden;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "PelotonPS");
            }

            string? xdg = PelotonEnvironment.Get("XDG_CONFIG_HOME");
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return Path.Combine(xdg ?? Path.Combine(home, ".config"), "PelotonPS");
        }
    }
}
