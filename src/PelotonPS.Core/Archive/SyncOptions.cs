namespace PelotonPS.Archive
{
    /// <summary>How Sync-PelotonWorkout runs.</summary>
    internal sealed class SyncOptions
    {
        /// <summary>every_n of the stored performance graphs, in seconds.</summary>
        public int EveryN { get; set; } = 1;

        public bool NoPerformanceGraph { get; set; }

        /// <summary>Check every workout (digests included), not only the new ones.</summary>
        public bool Full { get; set; }

        public int ThrottleLimit { get; set; } = 4;
    }
}
