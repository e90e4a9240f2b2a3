using System;

namespace PelotonPS
{
    /// <summary>What one Sync-PelotonWorkout run did to the archive.</summary>
    public sealed class SyncResult
    {
        /// <summary>The user's folder in the archive.</summary>
        public string Path { get; internal set; } = string.Empty;
        public string UserId { get; internal set; } = string.Empty;
        /// <summary>Workouts archived for the first time.</summary>
        public int Added { get; internal set; }
        /// <summary>Workouts fetched again: in progress or failed last time, damaged on disk, or changed (-Full).</summary>
        public int Updated { get; internal set; }
        /// <summary>Workouts that could not be fetched this time; the next run tries them again.</summary>
        public int Failed { get; internal set; }
        /// <summary>Archived workouts left as they were.</summary>
        public int Unchanged { get; internal set; }
        public int TotalInArchive { get; internal set; }
        public TimeSpan Elapsed { get; internal set; }

        public override string ToString() => $"{UserId}: +{Added} added, {Updated} updated, {Failed} failed, {TotalInArchive} in {Path}";
    }
}
