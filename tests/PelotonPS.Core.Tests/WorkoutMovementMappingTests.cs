using System.Text;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Core.Tests;

public sealed class WorkoutMovementMappingTests
{
    private static List<WorkoutMovement> Movements(string json)
        => WorkoutMovementMapper.Map("w1", PelotonJson.Deserialize<WorkoutDto>(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void RepCountedAndTimedMovementsBecomeRows()
    {
        List<WorkoutMovement> rows = Movements("""
            {"movement_tracker_data":{"completed_movements_summary_data":{"repetition_summary_data":[
              {"movement_id":"m1","movement_name":"Goblet Squat","tracking_type":"rep_counting","completed_reps":10,"target_reps":12,
               "offset":95,"length":40,"total_volume":250,"weight":[{"weight_category":"heavy","weight_data":{"weight_value":25.0,"weight_unit":"lb"}}]},
              {"movement_id":"m2","movement_name":"Plank","tracking_type":"time_based","completed_duration":45,"offset":150,"length":45,"weight":[]},
              {"movement_id":"m3","movement_name":"AMRAP","tracking_type":"rounds","completed_number":4,"offset":200,"length":300}]}}}
            """);

        Assert.Equal(3, rows.Count);
        WorkoutMovement squat = rows[0];
        Assert.Equal((1, "m1", "Goblet Squat", "rep_counting", 10.0, 12.0, 25.0, "lb", "heavy", 250.0, 40.0, 95.0),
            (squat.Order, squat.MovementId, squat.MovementName, squat.TrackingType, squat.Reps!.Value, squat.TargetReps!.Value, squat.Weight!.Value, squat.WeightUnit, squat.WeightCategory, squat.TotalVolume!.Value, squat.DurationSeconds!.Value, squat.Offset!.Value));
        Assert.Equal((45.0, (double?)null, (string?)null), (rows[1].DurationSeconds!.Value, rows[1].Weight, rows[1].WeightUnit));
        Assert.Equal(4.0, rows[2].Reps);
        Assert.All(rows, r => Assert.Equal("w1", r.WorkoutId));
    }

    [Fact]
    public void AWorkoutWithoutTrackingHasNoRows()
    {
        Assert.Empty(Movements("""{"id":"x","fitness_discipline":"cycling"}"""));
        Assert.Empty(WorkoutMovementMapper.Map("x", PelotonJson.Deserialize<WorkoutDto>(Fixtures.Bytes("workout_cycling_power_hr.json"))));
    }
}
