using System;

namespace PelotonPS
{
    /// <summary>A member's overview: weekly streaks, workout counts per discipline and personal records.</summary>
    public sealed class Overview
    {
        public string UserId { get; internal set; } = string.Empty;
        public int? TotalWorkouts { get; internal set; }
        public int? CurrentWeeklyStreak { get; internal set; }
        public int? BestWeeklyStreak { get; internal set; }
        public DateTime? CurrentStreakStartDate { get; internal set; }
        /// <summary>"discipline: count" pairs.</summary>
        public ReadableList<DisciplineCount> WorkoutCounts { get; internal set; } = ReadableList<DisciplineCount>.Empty;
        public ReadableList<PersonalRecord> PersonalRecords { get; internal set; } = ReadableList<PersonalRecord>.Empty;

        public override string ToString() => $"{UserId}: {TotalWorkouts} workouts, weekly streak {CurrentWeeklyStreak}";
    }

    /// <summary>How many workouts of one discipline.</summary>
    public sealed class DisciplineCount
    {
        public string? Discipline { get; internal set; }
        public string? Name { get; internal set; }
        public int? Count { get; internal set; }

        public override string ToString() => $"{Discipline}: {Count}";
    }

    /// <summary>One personal record, a flat row for Export-Csv (Get-PelotonOverview -PersonalRecords).</summary>
    public sealed class PersonalRecord
    {
        public string UserId { get; internal set; } = string.Empty;
        public string? Discipline { get; internal set; }
        public string? RecordName { get; internal set; }
        public string? RecordSlug { get; internal set; }
        public double? Value { get; internal set; }
        public string? DisplayValue { get; internal set; }
        public string? Unit { get; internal set; }
        public string? WorkoutId { get; internal set; }
        public DateTime? Date { get; internal set; }

        public override string ToString() => $"{Discipline} {RecordName}: {DisplayValue} {Unit}";
    }
}
