using System.Runtime.InteropServices;

namespace PelotonPS.Persistence
{
    /// <summary>chmod on Linux and macOS (netstandard2.0 has no managed API for Unix permissions).</summary>
    internal static class UnixPermissions
    {
        public const uint OwnerReadWrite = 0x180;        // 0600
        public const uint OwnerReadWriteExecute = 0x1C0; // 0700

        public static void Set(string path, uint mode)
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows) && chmod(path, mode) != 0)
            {
                throw new System.IO.IOException($"Could not restrict the permissions of {path} (errno {Marshal.GetLastWin32Error()}).");
            }
        }

        [DllImport("libc", SetLastError = true)]
#pragma warning disable CA2101, SA1300 // the C name; paths are passed as UTF-8 by the default marshaller on Unix
        private static extern int chmod(string path, uint mode);
#pragma warning restore CA2101, SA1300
    }
}
