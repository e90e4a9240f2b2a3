using System;
using System.Collections.Generic;
using System.Linq;

namespace PelotonPS.Paging
{
    /// <summary>What Get-PelotonWorkout asks for in list mode: whose history, which window, which disciplines, which slice.</summary>
    internal sealed class WorkoutQuery
    {
        public WorkoutQuery(string userId)
        {
            UserId = userId;
        }

        public string UserId { get; }

        /// <summary>Only workouts that started at or after this instant.</summary>
        public DateTimeOffset? Since { get; set; }

        /// <summary>Only workouts that started at or before this instant.</summary>
        public DateTimeOffset? Until { get; set; }

        public IReadOnlyCollection<string>? FitnessDisciplines { get; set; }

        public ulong Skip { get; set; }

        public ulong First { get; set; } = ulong.MaxValue;

        /// <summary>True when items are filtered locally, so page maths cannot replace counting.</summary>
        public bool HasFilters => Since.HasValue || Until.HasValue || FitnessDisciplines is { Count: > 0 };

        public bool Matches(Workout workout)
        {
            if (FitnessDisciplines is { Count: > 0 }
                && !FitnessDisciplines.Any(d => string.Equals(d, workout.FitnessDiscipline, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            DateTimeOffset? start = workout.StartTime.HasValue ? new DateTimeOffset(workout.StartTime.Value) : null;
            return (!Since.HasValue || (start.HasValue && start >= Since))
                && (!Until.HasValue || (start.HasValue && start <= Until));
        }

        /// <summary>PowerShell hands over [datetime] values of any kind; unspecified ones are the user's local time.</summary>
        public static DateTimeOffset? ToInstant(DateTime? value)
            => value.HasValue
                ? new DateTimeOffset(value.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value.Value, DateTimeKind.Local) : value.Value)
                : null;
    }
}
