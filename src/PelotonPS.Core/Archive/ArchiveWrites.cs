using System;
using System.IO;
using PelotonPS.Errors;

namespace PelotonPS.Archive
{
    /// <summary>Turns a failed archive write (full disk, read-only folder, permissions) into PelotonArchiveWriteFailed.</summary>
    internal static class ArchiveWrites
    {

        public static void Guard(string path, Action write)
        {
            try
            {
                write();
            }
            catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && !ArchiveLock.IsHeldLock(ex)) // a held lock is PelotonArchiveLocked
            {
                throw new PelotonException(PelotonErrorIds.ArchiveWriteFailed, PelotonErrorCategory.WriteError,
                    $"Could not write {path}: {ex.Message}",
                    "Check the disk space and the folder's permissions, then run Sync-PelotonWorkout again; what was archived stays.", path, ex);
            }
        }
    }
}
