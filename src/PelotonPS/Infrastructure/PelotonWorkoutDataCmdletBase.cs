using System.Management.Automation;
using PelotonPS.Archive;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>
    /// A workout cmdlet that can also read the local archive: with -ArchivePath or -Offline it answers from the files
    /// Sync-PelotonWorkout wrote, with no network and no session.
    /// </summary>
    public abstract class PelotonWorkoutDataCmdletBase<TResult> : PelotonFetchCmdletBase<TResult>
    {
        private ArchiveReader? archive;

        /// <summary>Reads from this archive folder (the one Sync-PelotonWorkout writes to, or one account's folder in it) instead of Peloton.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ArchivePath { get; set; }

        /// <summary>Reads from the default archive (see Sync-PelotonWorkout) instead of Peloton.</summary>
        [Parameter]
        public SwitchParameter Offline { get; set; }

        /// <summary>True when this invocation answers from the archive.</summary>
        internal bool IsOffline => ArchivePath is not null || Offline;

        /// <summary>The archive, opened on first use; with several accounts archived, the current session's user is preferred.</summary>
        internal ArchiveReader Archive => archive ??= ArchiveReader.Open(
            ArchivePath is null ? ArchiveLocation.DefaultRoot() : GetUnresolvedProviderPathFromPSPath(ArchivePath),
            (Session ?? Sessions.SessionRegistry.Current)?.UserId, Log);

        /// <summary>Writes what <paramref name="read"/> finds for each id; a missing or damaged workout is a non-terminating error.</summary>
        internal void ReadEachOffline(string[] workoutIds, System.Func<string, object> read)
        {
            _ = Archive; // a missing archive ends the command once, not once per id
            foreach (string id in workoutIds)
            {
                try
                {
                    WriteObject(read(Mapping.PelotonIds.Normalize(id)), enumerateCollection: true);
                }
                catch (Errors.PelotonException ex)
                {
                    WriteError(ex);
                }

                FlushLog();
            }
        }
    }
}
