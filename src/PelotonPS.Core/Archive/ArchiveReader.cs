using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;
using PelotonPS.Paging;

namespace PelotonPS.Archive
{
    /// <summary>
    /// Offline queries over an archive: the same objects as online, from the stored raw JSON, with no network and
    /// no session. Lists stream one file at a time. A damaged file is reported and skipped (Sync repairs it).
    /// </summary>
    internal sealed class ArchiveReader
    {
        private readonly ArchiveLayout layout;
        private readonly IReadOnlyList<ArchiveEntry> entries;
        private readonly Dictionary<string, ArchiveEntry> byId;
        private readonly IPelotonLog log;

        private ArchiveReader(string userFolder, IPelotonLog log)
        {
            layout = new ArchiveLayout(userFolder);
            this.log = log;
            entries = ArchiveIndex.Load(layout.Index, log).Entries.Values
                .Where(e => e.HasFiles)
                .OrderByDescending(e => e.CreatedAt ?? 0).ThenBy(e => e.WorkoutId, StringComparer.Ordinal)
                .ToList();
            byId = entries.ToDictionary(e => e.WorkoutId, StringComparer.Ordinal);
        }

        public string Folder => layout.Folder;

        /// <summary>
        /// Opens a user's folder, or an archive root holding exactly one user's folder (or the preferred user's,
        /// when several accounts are archived there).
        /// </summary>
        public static ArchiveReader Open(string path, string? preferredUserId, IPelotonLog log)
        {
            try
            {
                return OpenNow(path, preferredUserId, log);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new PelotonException(PelotonErrorIds.ArchiveNotFound, PelotonErrorCategory.ReadError,
                    $"The archive at {path} cannot be read: {ex.Message}", "Check the path and its permissions.", path, ex);
            }
        }

        private static ArchiveReader OpenNow(string path, string? preferredUserId, IPelotonLog log)
        {
            string full = Path.GetFullPath(path);
            if (ArchiveLayout.IsUserFolder(full))
            {
                return new ArchiveReader(full, log);
            }

            string[] users = Directory.Exists(full) ? Directory.GetDirectories(full).Where(ArchiveLayout.IsUserFolder).ToArray() : Array.Empty<string>();
            string? chosen = users.Length == 1 ? users[0] : users.FirstOrDefault(u => Path.GetFileName(u) == preferredUserId);
            if (chosen is not null)
            {
                return new ArchiveReader(chosen, log);
            }

            throw users.Length == 0
                ? new PelotonException(PelotonErrorIds.ArchiveNotFound, PelotonErrorCategory.ObjectNotFound,
                    $"There is no PelotonPS archive at {full}.", "Run Sync-PelotonWorkout to create one, or pass the folder it wrote to -ArchivePath.", full)
                : new PelotonException(PelotonErrorIds.ArchiveNotFound, PelotonErrorCategory.InvalidArgument,
                    $"{full} holds the archives of several accounts: {string.Join(", ", users.Select(Path.GetFileName))}.",
                    "Pass one account's folder to -ArchivePath.", full);
        }

        /// <summary>The archived workouts, newest first, filtered and sliced like the online list.</summary>
        public IEnumerable<Workout> List(WorkoutQuery query, bool includeSummary)
        {
            var slice = new Slice(query.Skip, query.First, int.MaxValue, canJumpPages: false);
            foreach (ArchiveEntry entry in entries)
            {
                if (slice.Done)
                {
                    yield break;
                }

                Workout? workout = TryRead(entry.WorkoutId, includeSummary);
                if (workout is not null && query.Matches(workout) && slice.Take())
                {
                    yield return workout;
                }
            }
        }

        public int Count => entries.Count;

        public Workout GetWorkout(string workoutId, bool includeSummary)
        {
            Workout workout = WorkoutMapper.Map(ReadDetail(workoutId));
            return includeSummary ? WithSummary(workout) : workout;
        }

        public PerformanceGraph GetPerformanceGraph(string workoutId)
            => PerformanceGraphMapper.Map(workoutId, EntryFor(workoutId).EveryN ?? 1, ReadGraph(workoutId));

        /// <summary>Samples as stored; a coarser -EveryN keeps every k-th point.</summary>
        public IEnumerable<WorkoutSample> GetSamples(string workoutId, int everyN)
        {
            int stored = EntryFor(workoutId).EveryN ?? 1;
            int step = Math.Max(1, everyN / stored);
            if (everyN % stored != 0)
            {
                log.Verbose($"The archive holds {workoutId} sampled every {stored} s; using every {step * stored} s.");
            }

            return WorkoutSampleMapper.Map(workoutId, stored * step, ReadGraph(workoutId)).Where((_, i) => i % step == 0);
        }

        public List<WorkoutMovement> GetMovements(string workoutId) => WorkoutMovementMapper.Map(workoutId, ReadDetail(workoutId));

        private Workout? TryRead(string workoutId, bool includeSummary)
        {
            try
            {
                return GetWorkout(workoutId, includeSummary);
            }
            catch (PelotonException ex) when (ex.ErrorId == PelotonErrorIds.ResponseInvalid)
            {
                log.Warning(ex.Message);
                return null;
            }
        }

        private Workout WithSummary(Workout workout)
        {
            if (EntryFor(workout.WorkoutId).GraphLength.HasValue)
            {
                workout.CopyTotalsFrom(PerformanceGraphMapper.Map(workout.WorkoutId, 1, ReadGraph(workout.WorkoutId)));
            }

            return workout;
        }

        private ArchiveEntry EntryFor(string workoutId)
            => byId.TryGetValue(workoutId, out ArchiveEntry? entry)
               ? entry
               : throw new PelotonException(PelotonErrorIds.WorkoutNotFound, PelotonErrorCategory.ObjectNotFound,
                   $"The archive in {layout.Folder} has no workout '{workoutId}'.", "Run Sync-PelotonWorkout to bring the archive up to date.", workoutId);

        private WorkoutDto ReadDetail(string workoutId)
        {
            EntryFor(workoutId);
            return Read<WorkoutDto>(layout.Workout(workoutId), workoutId);
        }

        private PerformanceGraphDto ReadGraph(string workoutId)
        {
            if (!EntryFor(workoutId).GraphLength.HasValue)
            {
                throw new PelotonException(PelotonErrorIds.WorkoutNotFound, PelotonErrorCategory.ObjectNotFound,
                    $"The archive has workout '{workoutId}' but not its performance graph (it was synced with -NoPerformanceGraph).",
                    "Run Sync-PelotonWorkout without -NoPerformanceGraph to add the graphs.", workoutId);
            }

            return Read<PerformanceGraphDto>(layout.Graph(workoutId), workoutId);
        }

        private static T Read<T>(string path, string workoutId)
        {
            try
            {
                return PelotonJson.Deserialize<T>(File.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
                throw new PelotonException(PelotonErrorIds.ResponseInvalid, PelotonErrorCategory.InvalidData,
                    $"The archived file {path} for workout {workoutId} is damaged or missing ({ex.GetType().Name}).",
                    "Run Sync-PelotonWorkout: it fetches damaged workouts again.", workoutId, ex);
            }
        }
    }
}
