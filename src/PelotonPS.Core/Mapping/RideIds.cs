using System.Text.RegularExpressions;

namespace PelotonPS.Mapping
{
    /// <summary>The special ride ids of peloton-api.md 3.2.</summary>
    internal static class RideIds
    {
        /// <summary>"Just Ride/Run/Walk": a workout with no class behind it.</summary>
        public const string FreeWorkout = "00000000000000000000000000000000";

        private static readonly Regex HexId = new("^[0-9a-f]{32}$", RegexOptions.CultureInvariant);

        /// <summary>The ride id a Workout shows: null for free workouts, anything else as Peloton sent it.</summary>
        public static string? Normalize(string? rideId)
            => string.IsNullOrEmpty(rideId) || rideId == FreeWorkout ? null : rideId;

        /// <summary>True for the 32-hex ids of classes that /api/ride/{id} can answer (not the zero id, not Peloton Gym UUIDs).</summary>
        public static bool IsLookupable(string? rideId)
            => rideId is not null && rideId != FreeWorkout && HexId.IsMatch(rideId);
    }
}
