using System;

namespace PelotonPS
{
    /// <summary>
    /// One workout: what the user did. Flat and CSV-friendly. Times are local DateTime values; values that do
    /// not apply (no class, still in progress, no sensor) are null, never 0. TotalOutputKj is the API's
    /// total_work converted from joules; the other totals (<see cref="WorkoutTotals"/>) are filled only with
    /// -IncludeSummary, from the workout's performance graph (effort points and zones come with the list too).
    /// </summary>
    public sealed class Workout : WorkoutTotals
    {
        public string WorkoutId { get; internal set; } = string.Empty;
        /// <summary>The class taken; null for "Just Ride/Run/Walk" free workouts.</summary>
        public string? RideId { get; internal set; }
        /// <summary>Null for classes without an instructor (scenic rides) and free workouts.</summary>
        public string? InstructorId { get; internal set; }
        public string? UserId { get; internal set; }
        public DateTime? StartTime { get; internal set; }
        /// <summary>Null while the workout is in progress.</summary>
        public DateTime? EndTime { get; internal set; }
        public TimeSpan? Duration { get; internal set; }
        public string? Status { get; internal set; }
        public string? FitnessDiscipline { get; internal set; }
        public string? Title { get; internal set; }
        public string? InstructorName { get; internal set; }
        public int? ClassLengthSeconds { get; internal set; }
        public DateTime? ClassOriginalAirTime { get; internal set; }
        public string? WorkoutType { get; internal set; }
        public string? DeviceType { get; internal set; }
        public string? Platform { get; internal set; }
        public bool? IsOutdoor { get; internal set; }
        public bool? IsPersonalRecord { get; internal set; }
        public int? LeaderboardRank { get; internal set; }
        public int? TotalLeaderboardUsers { get; internal set; }
        /// <summary>The FTP in force going into this workout (detail only).</summary>
        public int? FtpAtStart { get; internal set; }
        public string? TimeZone { get; internal set; }
        /// <summary>Names of the achievements earned, separated by "; " (detail only).</summary>
        public string? Achievements { get; internal set; }

        public override string ToString() => $"{StartTime:yyyy-MM-dd HH:mm} {FitnessDiscipline} {Title} ({WorkoutId})";
    }
}
