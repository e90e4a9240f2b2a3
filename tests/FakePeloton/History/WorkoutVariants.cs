using System.Text.Json.Nodes;

namespace FakePeloton.History;

/// <summary>
/// Made-up workouts for the special cases of peloton-api.md 3.2 and 3.3, derived from captured details.
/// Each returns a changed copy and leaves its input alone.
/// </summary>
internal static class WorkoutVariants
{
    private const string JustRideId = "00000000000000000000000000000000";

    /// <summary>Peloton Gym workouts carry a dashed UUID ride id (P2G gym_workout.json).</summary>
    private const string GymRideId = "301aabb0-7139-42cb-b44e-786182646316";

    /// <summary>A free ride without a class; the leaderboard fields follow P2G cycling_just_ride.json.</summary>
    public static JsonObject JustRide(JsonObject cyclingDetail)
    {
        var workout = Copy(cyclingDetail);
        workout["ride"] = MinimalRide(JustRideId, "Just Ride", "cycling", "Cycling", RideDuration(cyclingDetail));
        workout["peloton_id"] = null;
        workout["has_leaderboard_metrics"] = false;
        workout["leaderboard_rank"] = null;
        workout["total_leaderboard_users"] = 0;
        return workout;
    }

    /// <summary>A Peloton Gym strength workout; names and titles follow P2G gym_workout.json.</summary>
    public static JsonObject Gym(JsonObject noMetricsDetail)
    {
        var workout = Copy(noMetricsDetail);
        workout["fitness_discipline"] = "strength";
        workout["name"] = "Strength Workout";
        workout["title"] = "Gym Workout";
        workout["ride"] = MinimalRide(GymRideId, "10 min Arms & Shoulders Strength", "strength", "Strength", RideDuration(noMetricsDetail));
        workout["movement_tracker_data"] = StrengthMovements();
        return workout;
    }

    /// <summary>
    /// Tracked movements in the documented shape (peloton-api.md 4.4, after P2G CompletedMovementsSummaryData):
    /// a weighted rep-counted movement and a timed one without weight.
    /// </summary>
    private static JsonObject StrengthMovements() => new()
    {
        ["completed_movements_summary_data"] = new JsonObject
        {
            ["repetition_summary_data"] = new JsonArray
            {
                new JsonObject
                {
                    ["movement_id"] = "b6b1ac8b5f1f4d0c9b5b0b3d6a3c1e11",
                    ["movement_name"] = "Dumbbell Shoulder Press",
                    ["tracking_type"] = "rep_counting",
                    ["completed_reps"] = 12,
                    ["target_reps"] = 12,
                    ["offset"] = 60,
                    ["length"] = 45,
                    ["total_volume"] = 180.0,
                    ["weight"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["weight_category"] = "medium",
                            ["weight_data"] = new JsonObject { ["weight_value"] = 15.0, ["weight_unit"] = "lb" },
                        },
                    },
                },
                new JsonObject
                {
                    ["movement_id"] = "0c6a1e5f9f2b4b8f8a7e2d4c3b1a0f99",
                    ["movement_name"] = "Forearm Plank",
                    ["tracking_type"] = "time_based",
                    ["completed_duration"] = 30,
                    ["offset"] = 120,
                    ["length"] = 30,
                    ["weight"] = new JsonArray(),
                },
            },
        },
    };

    public static JsonObject Outdoor(JsonObject runningDetail)
    {
        var workout = Copy(runningDetail);
        workout["fitness_discipline"] = "running";
        workout["is_outdoor"] = true;
        return workout;
    }

    /// <summary>
    /// A workout still running. "IN_PROGRESS" is a guess: the real value is unverified
    /// (peloton-api.md 3.3); only end_time null is documented.
    /// </summary>
    public static JsonObject InProgress(JsonObject detail)
    {
        var workout = Copy(detail);
        workout["status"] = "IN_PROGRESS";
        workout["end_time"] = null;
        return workout;
    }

    /// <summary>The few members a class-less ride has (P2G cycling_just_ride.json and gym_workout.json).</summary>
    private static JsonObject MinimalRide(string id, string title, string discipline, string disciplineName, int duration) => new()
    {
        ["class_type_ids"] = null,
        ["content_provider"] = null,
        ["content_format"] = null,
        ["description"] = null,
        ["difficulty_estimate"] = 0,
        ["overall_estimate"] = 0,
        ["difficulty_rating_avg"] = 0,
        ["difficulty_rating_count"] = 0,
        ["duration"] = duration,
        ["equipment_ids"] = null,
        ["fitness_discipline"] = discipline,
        ["fitness_discipline_display_name"] = disciplineName,
        ["has_pedaling_metrics"] = false,
        ["id"] = id,
        ["image_url"] = null,
        ["instructor_id"] = null,
        ["is_archived"] = false,
        ["length"] = 0,
        ["metrics"] = null,
        ["pedaling_start_offset"] = 0,
        ["pedaling_end_offset"] = 0,
        ["pedaling_duration"] = 0,
        ["title"] = title,
    };

    private static int RideDuration(JsonObject detail) => (int?)detail["ride"]?["duration"] ?? 0;

    private static JsonObject Copy(JsonObject detail) => detail.DeepClone().AsObject();
}
