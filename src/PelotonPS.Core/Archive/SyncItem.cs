namespace PelotonPS.Archive
{
    /// <summary>A workout a sync will fetch, and whether the archive already had it.</summary>
    internal sealed class SyncItem
    {
        public SyncItem(string workoutId, bool known)
        {
            WorkoutId = workoutId;
            Known = known;
        }

        public string WorkoutId { get; }

        /// <summary>True when the archive had files for it (the fetch is an update).</summary>
        public bool Known { get; }

        public override string ToString() => WorkoutId;
    }
}
