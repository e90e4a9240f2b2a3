using System;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>Turns a workout payload of any era (2020 list item, 2024 detail) into a flat <see cref="Workout"/>.</summary>
    internal static class WorkoutMapper
    {
        private const double JoulesPerKilojoule = 1000.0;

        public static Workout Map(WorkoutDto dto)
        {
            RideDto? ride = dto.Ride;
            string? rideId = RideIds.Normalize(ride?.Id);
            DateTime? start = UnixTime.ToLocal(dto.StartTime ?? dto.CreatedAt);
            DateTime? end = UnixTime.ToLocal(dto.EndTime);
            return new Workout
            {
                WorkoutId = dto.Id ?? string.Empty,
                RideId = rideId,
                InstructorId = NullIfEmpty(ride?.InstructorId ?? ride?.Instructor?.Id),
                UserId = dto.UserId,
                StartTime = start,
                EndTime = end,
                Duration = start.HasValue && end.HasValue && end >= start ? end - start : null,
                Status = dto.Status,
                FitnessDiscipline = dto.FitnessDiscipline ?? ride?.FitnessDiscipline,
                // Free workouts carry no class title; the workout's own name ("Just Ride") stands in.
                Title = NullIfEmpty(rideId is null ? dto.Title ?? ride?.Title ?? dto.Name : ride?.Title ?? dto.Title ?? dto.Name),
                InstructorName = NullIfEmpty(ride?.Instructor?.Name),
                ClassLengthSeconds = rideId is null ? null : ride?.Duration,
                ClassOriginalAirTime = rideId is null ? null : UnixTime.ToLocal(ride?.OriginalAirTime),
                WorkoutType = dto.WorkoutType,
                DeviceType = dto.DeviceType,
                Platform = dto.Platform,
                IsOutdoor = dto.IsOutdoor,
                TotalOutputKj = dto.TotalWork is > 0 ? dto.TotalWork / JoulesPerKilojoule : null,
                IsPersonalRecord = dto.IsTotalWorkPersonalRecord,
                LeaderboardRank = dto.LeaderboardRank is > 0 ? dto.LeaderboardRank : null,
                TotalLeaderboardUsers = dto.TotalLeaderboardUsers is > 0 ? dto.TotalLeaderboardUsers : null,
                FtpAtStart = dto.FtpInfo?.Ftp is > 0 ? dto.FtpInfo.Ftp : null,
                TimeZone = dto.Timezone,
                Achievements = JoinNames(dto),
                EffortPoints = dto.EffortZones?.TotalEffortPoints,
                HeartRateZone1Seconds = dto.EffortZones?.HeartRateZoneDurations?.Zone1,
                HeartRateZone2Seconds = dto.EffortZones?.HeartRateZoneDurations?.Zone2,
                HeartRateZone3Seconds = dto.EffortZones?.HeartRateZoneDurations?.Zone3,
                HeartRateZone4Seconds = dto.EffortZones?.HeartRateZoneDurations?.Zone4,
                HeartRateZone5Seconds = dto.EffortZones?.HeartRateZoneDurations?.Zone5,
            };
        }

        private static string? JoinNames(WorkoutDto dto)
        {
            string[]? names = dto.AchievementTemplates?.Select(a => a.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToArray();
            return names is { Length: > 0 } ? string.Join("; ", names) : null;
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
