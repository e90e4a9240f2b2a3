using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Api;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json.Dtos;
using PelotonPS.Paging;

namespace PelotonPS.Archive
{
    /// <summary>
    /// Sync-PelotonWorkout's engine. It plans the run, then fetches and stores one workout at a time.
    /// The plan pages the history newest first and stops at the first workout already fully archived. It adds
    /// workouts that were in progress, failed or damaged last time, and with -Full it checks every workout.
    /// Each workout's files are written atomically and only then recorded in the index, so a run stopped at
    /// any moment leaves an archive the next run completes.
    /// </summary>
    internal sealed class WorkoutArchiver : IDisposable
    {
        private readonly Session session;
        private readonly ArchiveLayout layout;
        private readonly SyncOptions options;
        private readonly IPelotonLog log;
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly HashSet<string> damaged = new(StringComparer.Ordinal);
        private ArchiveLock? archiveLock;
        private ArchiveIndex? index;
        private bool lastRunCompleted;
        private int added;
        private int updated;
        private int failed;

        public WorkoutArchiver(Session session, string root, SyncOptions options, IPelotonLog log)
        {
            this.session = session;
            layout = new ArchiveLayout(ArchiveLocation.UserFolder(root, session.UserId));
            this.options = options;
            this.log = log;
        }

        public string Folder => layout.Folder;

        /// <summary>Takes the lock, sweeps what an interrupted run left, reads the index and finds damaged files.</summary>
        public void Open()
        {
            archiveLock = ArchiveLock.Acquire(layout.Lock);
            ArchiveWrites.Guard(layout.Folder, OpenUnderLock);
        }

        private void OpenUnderLock()
        {
            int swept = AtomicFile.SweepTemporaries(layout.Folder);
            if (swept > 0)
            {
                log.Verbose($"Removed {swept} unfinished file(s) left by an interrupted sync.");
            }

            index = ArchiveIndex.Load(layout.Index, log);
            // A run that was stopped may have left gaps anywhere: until one finishes, walk the whole list.
            lastRunCompleted = File.Exists(layout.CompletionMarker);
            if (!lastRunCompleted && index.Entries.Count > 0)
            {
                log.Verbose("The last sync did not finish; checking the whole history for gaps.");
            }

            if (lastRunCompleted)
            {
                File.Delete(layout.CompletionMarker);
            }
            foreach (ArchiveEntry entry in index.Entries.Values.Where(e => e.HasFiles))
            {
                // Sizes are cheap to check on every run; the digests are read only with -Full.
                string? problem = FileCheck.Problem(layout.Workout(entry.WorkoutId), entry.DetailLength, entry.DetailSha256, options.Full)
                    ?? (entry.GraphLength.HasValue ? FileCheck.Problem(layout.Graph(entry.WorkoutId), entry.GraphLength, entry.GraphSha256, options.Full) : null);
                if (problem is not null)
                {
                    damaged.Add(entry.WorkoutId);
                    log.Verbose($"The archived workout {entry.WorkoutId} is damaged ({problem}); it will be fetched again.");
                }
            }
        }

        /// <summary>Saves the profile and lists the workouts to fetch, newest first.</summary>
        public async Task<IReadOnlyList<SyncItem>> PlanAsync(CancellationToken cancellationToken)
        {
            RawJson<MeDto> me = await session.Api.GetMeRawAsync(log, cancellationToken).ConfigureAwait(false);
            AtomicFile.Write(layout.Profile, me.Bytes);

            var plan = new List<SyncItem>();
            var planned = new HashSet<string>(StringComparer.Ordinal);
            using var lister = new WorkoutLister(session.Api, new WorkoutQuery(session.UserId), log, options.Full ? options.ThrottleLimit : 1);
            IReadOnlyList<Workout>? batch;
            bool reachedArchived = false;
            while (!reachedArchived && (batch = await lister.NextBatchAsync(cancellationToken).ConfigureAwait(false)) is not null)
            {
                foreach (Workout workout in batch)
                {
                    if (IsFullyArchived(workout.WorkoutId) && !options.Full && lastRunCompleted)
                    {
                        log.Verbose($"Reached {workout.WorkoutId}, already archived: the rest of the history is too.");
                        reachedArchived = true;
                        break;
                    }

                    if (!IsFullyArchived(workout.WorkoutId) && planned.Add(workout.WorkoutId))
                    {
                        plan.Add(new SyncItem(workout.WorkoutId, Known(workout.WorkoutId)));
                    }
                }
            }

            // Workouts in progress, failed or damaged last time, wherever they are in the history.
            foreach (ArchiveEntry entry in Index.Entries.Values.Where(e => !IsFullyArchived(e.WorkoutId)).OrderByDescending(e => e.CreatedAt ?? 0))
            {
                if (planned.Add(entry.WorkoutId))
                {
                    plan.Add(new SyncItem(entry.WorkoutId, entry.HasFiles));
                }
            }

            return plan;
        }

        /// <summary>Fetches one workout's detail and graph and writes them; the caller records the entry when this completes.</summary>
        public async Task<ArchiveEntry> FetchAsync(SyncItem item, CancellationToken cancellationToken)
        {
            RawJson<WorkoutDto> detail = await session.Api.GetWorkoutRawAsync(item.WorkoutId, log, cancellationToken).OnNotFound(ex => Workouts.WorkoutService.WorkoutNotFound(item.WorkoutId, ex)).ConfigureAwait(false);
            RawJson<PerformanceGraphDto>? graph = options.NoPerformanceGraph
                ? null
                : await session.Api.GetPerformanceGraphRawAsync(item.WorkoutId, options.EveryN, log, cancellationToken).OnNotFound(ex => Workouts.WorkoutService.WorkoutNotFound(item.WorkoutId, ex)).ConfigureAwait(false);
            if (graph is not null)
            {
                AtomicFile.Write(layout.Graph(item.WorkoutId), graph.Bytes);
            }

            AtomicFile.Write(layout.Workout(item.WorkoutId), detail.Bytes);
            bool complete = string.Equals(detail.Value.Status, "COMPLETE", StringComparison.OrdinalIgnoreCase);
            return new ArchiveEntry
            {
                WorkoutId = item.WorkoutId,
                State = complete ? ArchiveEntry.Complete : ArchiveEntry.InProgress,
                CreatedAt = detail.Value.CreatedAt,
                Status = detail.Value.Status,
                DetailLength = detail.Bytes.Length,
                DetailSha256 = FileCheck.Sha256(detail.Bytes),
                GraphLength = graph?.Bytes.Length,
                GraphSha256 = graph is null ? null : FileCheck.Sha256(graph.Bytes),
                EveryN = graph is null ? null : options.EveryN,
                ArchivedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            };
        }

        /// <summary>Records a workout whose files are in place.</summary>
        public void Record(SyncItem item, ArchiveEntry entry)
        {
            Index.Append(entry);
            damaged.Remove(item.WorkoutId);
            if (item.Known)
            {
                updated++;
            }
            else
            {
                added++;
            }
        }

        /// <summary>Records a failure so the next run tries again; files already archived stay readable.</summary>
        public void RecordFailure(SyncItem item)
        {
            failed++;
            if (Index.Entries.TryGetValue(item.WorkoutId, out ArchiveEntry? previous) && previous.HasFiles && !damaged.Contains(item.WorkoutId))
            {
                return; // keep the last good copy; it is fetched again next run because it is still not complete
            }

            Index.Append(new ArchiveEntry { WorkoutId = item.WorkoutId, State = ArchiveEntry.Failed, ArchivedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });
        }

        /// <summary>Compacts the index and says what the run did.</summary>
        public SyncResult Finish()
        {
            Index.Compact();
            AtomicFile.Write(layout.CompletionMarker, System.Text.Encoding.UTF8.GetBytes("complete\n"));
            int total = Index.Entries.Values.Count(e => e.HasFiles);
            return new SyncResult
            {
                Path = layout.Folder,
                UserId = session.UserId,
                Added = added,
                Updated = updated,
                Failed = failed,
                Unchanged = Math.Max(0, total - added - updated),
                TotalInArchive = total,
                Elapsed = clock.Elapsed,
            };
        }

        public void Dispose() => archiveLock?.Dispose();

        private ArchiveIndex Index => index ?? throw new InvalidOperationException("Open the archive first.");

        private bool IsFullyArchived(string workoutId)
            => Index.Entries.TryGetValue(workoutId, out ArchiveEntry? entry) && entry.State == ArchiveEntry.Complete && !damaged.Contains(workoutId)
                && (options.NoPerformanceGraph || entry.GraphLength.HasValue);

        private bool Known(string workoutId) => Index.Entries.TryGetValue(workoutId, out ArchiveEntry? entry) && entry.HasFiles;
    }
}
