using System;
using System.IO;
using PelotonPS.Errors;

namespace PelotonPS.Archive
{
    /// <summary>
    /// One sync per archive folder at a time: an exclusively opened lock file, released when the sync ends or its
    /// process dies (the operating system closes the handle), so a crash never leaves the archive locked.
    /// </summary>
    internal sealed class ArchiveLock : IDisposable
    {
        private readonly FileStream handle;

        private ArchiveLock(FileStream handle)
        {
            this.handle = handle;
        }

        public static ArchiveLock Acquire(string lockPath)
        {
            ArchiveWrites.Guard(lockPath, () => Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!));
            try
            {
                ArchiveLock? acquired = null;
                ArchiveWrites.Guard(lockPath, () => acquired = new ArchiveLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose)));
                return acquired!;
            }
            catch (IOException ex) when (IsHeldLock(ex))
            {
                throw new PelotonException(PelotonErrorIds.ArchiveLocked, PelotonErrorCategory.ResourceBusy,
                    $"Another Sync-PelotonWorkout is already writing to {Path.GetDirectoryName(lockPath)}.",
                    "Wait for the other sync to finish, then run this one again.", Path.GetDirectoryName(lockPath), ex);
            }
        }

        public void Dispose() => handle.Dispose();

        /// <summary>
        /// Whether the file is locked by another handle: ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION on Windows,
        /// EWOULDBLOCK from flock elsewhere (11 on Linux, 35 on macOS), as .NET reports them.
        /// </summary>
        internal static bool IsHeldLock(Exception ex)
            => ex is IOException && ((ex.HResult & 0xFFFF) is 32 or 33 && (ex.HResult >> 16) != 0 || ex.HResult is 11 or 35);
    }
}
