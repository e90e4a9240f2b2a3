using System;
using System.IO;
using System.Management.Automation;
using System.Net;
using System.Runtime.InteropServices;
using PelotonPS.Hosting;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>Process-wide setup on Import-Module and teardown on Remove-Module.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly bool OnNetFramework = HostCompatibility.IsNetFramework(RuntimeInformation.FrameworkDescription);

        public void OnImport()
        {
            if (OnNetFramework)
            {
                DesktopAssemblyResolver.Register(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!);
                // Windows PowerShell can default to protocols Peloton no longer accepts; add TLS 1.2, keep the rest.
                ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;
                return;
            }

            Version? powerShellVersion = typeof(PSObject).Assembly.GetName().Version;
            string? problem = powerShellVersion is null ? null : HostCompatibility.CheckCore(powerShellVersion);
            if (problem is not null)
            {
                throw new PlatformNotSupportedException(problem);
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            SessionRegistry.Clear()?.Close();
            if (OnNetFramework)
            {
                DesktopAssemblyResolver.Unregister();
            }
        }
    }
}
