using System;

namespace PelotonPS
{
    /// <summary>
    /// A Peloton member's profile. For the connected user everything /api/me tells; for others only the public
    /// fields (the rest are null). HeartRateZoneBounds lists the lower bound of zones 1 to 5 in bpm; WorkoutCounts
    /// lists "discipline: count" pairs; both are joined by "; ".
    /// </summary>
    public sealed class User
    {
        public string UserId { get; internal set; } = string.Empty;
        public string? Username { get; internal set; }
        public string? Name { get; internal set; }
        public string? Location { get; internal set; }
        public DateTime? CreatedAt { get; internal set; }
        public DateTime? LastWorkoutAt { get; internal set; }
        public int? TotalWorkouts { get; internal set; }
        public int? Followers { get; internal set; }
        public int? Following { get; internal set; }
        public int? CyclingFtp { get; internal set; }
        public string? FtpSource { get; internal set; }
        public int? EstimatedCyclingFtp { get; internal set; }
        public int? MaxHeartRate { get; internal set; }
        public string? HeartRateZoneBounds { get; internal set; }
        public string? WorkoutCounts { get; internal set; }
        public bool? IsProfilePrivate { get; internal set; }
        public string? ImageUrl { get; internal set; }

        public override string ToString() => $"{Username} ({UserId})";
    }
}
