using System.IO;

namespace PelotonPS.Archive
{
    /// <summary>The files of one user's archive folder.</summary>
    internal sealed class ArchiveLayout
    {
        public const string IndexFileName = "index.jsonl";

        public ArchiveLayout(string userFolder)
        {
            Folder = userFolder;
        }

        public string Folder { get; }

        /// <summary>One line per change, written only after the workout's files are in place.</summary>
        public string Index => Path.Combine(Folder, IndexFileName);

        public string Lock => Path.Combine(Folder, ".sync.lock");

        public string Profile => Path.Combine(Folder, "profile.json");

        /// <summary>Present, with "complete", only after a sync ran to its end: the history below the newest archived workout is whole.</summary>
        public string CompletionMarker => Path.Combine(Folder, "sync-complete");

        public string Workout(string workoutId) => Path.Combine(Folder, "workouts", workoutId + ".json");

        public string Graph(string workoutId) => Path.Combine(Folder, "graphs", workoutId + ".json");

        public static bool IsUserFolder(string folder) => File.Exists(Path.Combine(folder, IndexFileName));
    }
}
