using System.Collections.Generic;
using System.Management.Automation;
using PelotonPS.Archive;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Errors;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>
    /// Brings the local archive up to date: every workout's detail and performance graph as the raw JSON Peloton
    /// sent, fetched once, kept safe across crashes, and readable offline.
    /// </summary>
    [Cmdlet(VerbsData.Sync, "PelotonWorkout", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SyncResult))]
    // The window carries (SyncItem, ArchiveEntry) pairs as object: a public cmdlet cannot name the engine's internal types.
    public sealed class SyncPelotonWorkoutCommand : PelotonFetchCmdletBase<object>
    {
        private const int ProgressActivityId = 0x5045_4C32;
        private WorkoutArchiver? archiver;
        private int planned;
        private int done;

        /// <summary>The archive folder; default PELOTONPS_ARCHIVE_DIR or the per-user data folder + PelotonPS/archive. One subfolder per account.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>The sampling step of the stored performance graphs, in seconds (default 1: every second).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int EveryN { get; set; } = 1;

        /// <summary>Stores only the workout details, not the performance graphs.</summary>
        [Parameter]
        public SwitchParameter NoPerformanceGraph { get; set; }

        /// <summary>Checks every workout of the history, and every archived file's digest, instead of stopping at the first archived workout.</summary>
        [Parameter]
        public SwitchParameter Full { get; set; }

        internal override void Emit(object result)
        {
            (SyncItem item, ArchiveEntry entry) = ((SyncItem, ArchiveEntry))result;
            archiver!.Record(item, entry);
            ReportProgress();
        }

        internal override void OnFetchFailed(object target, PelotonException error)
        {
            archiver!.RecordFailure((SyncItem)target);
            WriteError(error);
            ReportProgress();
        }

        protected override void Process()
        {
            string root = Path is null ? ArchiveLocation.DefaultRoot() : GetUnresolvedProviderPathFromPSPath(Path);
            string folder = ArchiveLocation.UserFolder(root, ActiveSession.UserId);
            if (!ShouldProcess(folder, "Archive Peloton workouts"))
            {
                return;
            }

            var options = new SyncOptions { EveryN = EveryN, NoPerformanceGraph = NoPerformanceGraph, Full = Full, ThrottleLimit = EffectiveThrottleLimit };
            using (archiver = new WorkoutArchiver(ActiveSession, root, options, Log))
            {
                archiver.Open();
                FlushLog();
                IReadOnlyList<SyncItem> plan = Run(ct => archiver.PlanAsync(ct));
                planned = plan.Count;
                WriteVerbose($"{planned} workout(s) to fetch into {archiver.Folder}.");
                foreach (SyncItem item in plan)
                {
                    Enqueue(item, async ct => (object)(item, await archiver.FetchAsync(item, ct).ConfigureAwait(false)));
                }

                Drain();
                WriteObject(archiver.Finish());
                if (planned > 0)
                {
                    WriteProgress(new ProgressRecord(ProgressActivityId, "Sync-PelotonWorkout", "Done") { RecordType = ProgressRecordType.Completed });
                }
            }
        }

        private void ReportProgress()
        {
            done++;
            WriteProgress(new ProgressRecord(ProgressActivityId, "Sync-PelotonWorkout", $"Archived {done} of {planned} workouts")
            {
                PercentComplete = planned == 0 ? 100 : done * 100 / planned,
            });
        }
    }
}
