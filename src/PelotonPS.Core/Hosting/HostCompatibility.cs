using System;

namespace PelotonPS.Hosting
{
    /// <summary>Which PowerShell hosts PelotonPS supports: Windows PowerShell 5.1 (.NET Framework) and PowerShell 7.4 or later.</summary>
    internal static class HostCompatibility
    {
        public static readonly Version MinimumCoreVersion = new(7, 4);

        public static bool IsNetFramework(string frameworkDescription)
            => frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        /// <summary>Null when the host is supported, else the message Import-Module should fail with.</summary>
        public static string? CheckCore(Version powerShellVersion)
            => powerShellVersion >= MinimumCoreVersion
                ? null
                : $"PelotonPS requires PowerShell {MinimumCoreVersion} or later (or Windows PowerShell 5.1); this is PowerShell {powerShellVersion.Major}.{powerShellVersion.Minor}. Install a current PowerShell from https://aka.ms/powershell and import the module there.";
    }
}
