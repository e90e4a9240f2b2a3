using System.Collections.Generic;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    internal static class OverviewMapper
    {
        public static Overview Map(string userId, OverviewDto dto) => new()
        {
            UserId = userId,
            TotalWorkouts = dto.WorkoutCounts?.TotalWorkouts,
            CurrentWeeklyStreak = dto.Streaks?.CurrentWeekly,
            BestWeeklyStreak = dto.Streaks?.BestWeekly,
            CurrentStreakStartDate = UnixTime.ToLocal(dto.Streaks?.StartDateOfCurrentWeekly),
            WorkoutCounts = ReadableList.From((dto.WorkoutCounts?.Workouts ?? new List<WorkoutCountDto>())
                .Select(c => new DisciplineCount { Discipline = c.Slug, Name = c.Name, Count = c.Count })),
            PersonalRecords = ReadableList.From(Records(userId, dto)),
        };

        private static IEnumerable<PersonalRecord> Records(string userId, OverviewDto dto)
            => (dto.PersonalRecords ?? new List<RecordGroupDto>()).SelectMany(group => (group.Records ?? new List<RecordDto>()).Select(r => new PersonalRecord
            {
                UserId = userId,
                Discipline = group.Slug ?? group.Name,
                RecordName = r.Name,
                RecordSlug = r.Slug,
                Value = r.RawValue ?? (double.TryParse(r.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double parsed) ? parsed : null),
                DisplayValue = r.Value,
                Unit = r.Unit,
                WorkoutId = string.IsNullOrEmpty(r.WorkoutId) ? null : r.WorkoutId,
                Date = UnixTime.ToLocal(r.WorkoutDate),
            }));
    }
}
