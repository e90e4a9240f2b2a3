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
                return new ArchiveLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException ex)
            {
                throw new PelotonException(PelotonErrorIds.ArchiveLocked, PelotonErrorCategory.ResourceBusy,
                    $"Another Sync-PelotonWorkout is already writing to {Path.GetDirectoryName(lockPath)}.",
                    "Wait for the other sync to finish, then run this one again.", Path.GetDirectoryName(lockPath), ex);
            }
        }

        public void Dispose() => handle.Dispose();
    }
}
