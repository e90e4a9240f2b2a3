using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    internal static class UserMapper
    {
        public static User Map(MeDto dto) => new()
        {
            UserId = dto.Id ?? string.Empty,
            Username = dto.Username,
            Name = dto.Name ?? RideMapper.Join(new[] { dto.FirstName, dto.LastName }, " "),
            Location = string.IsNullOrEmpty(dto.Location) ? null : dto.Location,
            CreatedAt = UnixTime.ToLocal(dto.CreatedAt),
            LastWorkoutAt = UnixTime.ToLocal(dto.LastWorkoutAt),
            TotalWorkouts = dto.TotalWorkouts,
            Followers = dto.TotalFollowers,
            Following = dto.TotalFollowing,
            CyclingFtp = dto.CyclingFtp is > 0 ? dto.CyclingFtp : null,
            FtpSource = dto.CyclingFtpSource,
            EstimatedCyclingFtp = dto.EstimatedCyclingFtp is > 0 ? dto.EstimatedCyclingFtp : null,
            MaxHeartRate = dto.CustomizedMaxHeartRate is > 0 ? dto.CustomizedMaxHeartRate : dto.DefaultMaxHeartRate,
            HeartRateZoneBounds = ZoneBounds(dto),
            WorkoutCounts = RideMapper.Join((dto.WorkoutCounts ?? new List<WorkoutCountDto>())
                .Where(c => c.Count is > 0).Select(c => $"{c.Slug ?? c.Name}: {c.Count}")),
            IsProfilePrivate = dto.IsProfilePrivate,
            ImageUrl = dto.ImageUrl,
        };

        /// <summary>The customised zones when set, else the defaults: lower bounds of zones 1 to 5, in whole bpm.</summary>
        private static string? ZoneBounds(MeDto dto)
        {
            List<double?>? zones = dto.CustomizedHeartRateZones is { Count: > 0 } ? dto.CustomizedHeartRateZones : dto.DefaultHeartRateZones;
            return RideMapper.Join((zones ?? new List<double?>()).Select(z => z?.ToString("0", CultureInfo.InvariantCulture)), "; ");
        }
    }
}
