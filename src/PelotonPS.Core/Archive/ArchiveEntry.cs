using System.Text.Json.Serialization;

namespace PelotonPS.Archive
{
    /// <summary>One line of the archive's index: what is on disk for a workout, and how it stood when archived.</summary>
    internal sealed class ArchiveEntry
    {
        public const string Complete = "complete";
        public const string InProgress = "in_progress";
        public const string Failed = "failed";

        [JsonPropertyName("workout_id")] public string WorkoutId { get; set; } = string.Empty;
        /// <summary>complete, in_progress (fetched again next run) or failed (nothing usable on disk; tried again next run).</summary>
        [JsonPropertyName("state")] public string State { get; set; } = Complete;
        [JsonPropertyName("created_at")] public long? CreatedAt { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("detail_length")] public long? DetailLength { get; set; }
        [JsonPropertyName("detail_sha256")] public string? DetailSha256 { get; set; }
        [JsonPropertyName("graph_length")] public long? GraphLength { get; set; }
        [JsonPropertyName("graph_sha256")] public string? GraphSha256 { get; set; }
        [JsonPropertyName("every_n")] public int? EveryN { get; set; }
        [JsonPropertyName("archived_at")] public long? ArchivedAt { get; set; }

        /// <summary>The files are on disk (complete or in progress), so offline queries can read it.</summary>
        [JsonIgnore]
        public bool HasFiles => State is Complete or InProgress;
    }
}
