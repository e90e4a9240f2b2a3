using System.Collections.Generic;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>Rows of movement_tracker_data.completed_movements_summary_data.repetition_summary_data; empty when untracked.</summary>
    internal static class WorkoutMovementMapper
    {
        public static List<WorkoutMovement> Map(string workoutId, WorkoutDto dto)
            => (dto.MovementTrackerData?.CompletedMovementsSummaryData?.RepetitionSummaryData ?? new List<RepetitionSummaryDto>())
                .Select((m, i) =>
                {
                    MovementWeightDto? weight = m.Weight?.FirstOrDefault(w => w.WeightData?.WeightValue is not null) ?? m.Weight?.FirstOrDefault();
                    return new WorkoutMovement
                    {
                        WorkoutId = workoutId,
                        Order = i + 1,
                        MovementId = m.MovementId,
                        MovementName = m.MovementName,
                        TrackingType = m.TrackingType,
                        Reps = m.CompletedReps ?? m.CompletedNumber,
                        TargetReps = m.TargetReps,
                        Weight = weight?.WeightData?.WeightValue,
                        WeightUnit = weight?.WeightData?.WeightUnit,
                        WeightCategory = weight?.WeightCategory,
                        TotalVolume = m.TotalVolume,
                        DurationSeconds = m.CompletedDuration ?? m.Length,
                        Offset = m.Offset,
                    };
                })
                .ToList();
    }
}
