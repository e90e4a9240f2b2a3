using System.Text.Json.Nodes;

namespace FakePeloton.Catalog;

/// <summary>The members GET /api/v2/ride/archived adds to each ride (peloton-api.md 4.8).</summary>
internal readonly record struct LibraryExtras(int TotalUserWorkouts, int TotalFollowingWorkouts, bool IsFavorite)
{
    /// <summary>
    /// Made-up values. Only the captured rides were <paramref name="taken"/> by the signed-in user (the
    /// history is built from them), so only they count user workouts.
    /// </summary>
    public static LibraryExtras Roll(Dice dice, bool taken) => new(
        taken ? 1 + dice.Below("times_taken", 3) : 0,
        dice.Below("following", 60),
        dice.OneIn("favorite", 8));

    public void AddTo(JsonObject item)
    {
        item["total_user_workouts"] = TotalUserWorkouts;
        item["total_following_workouts"] = TotalFollowingWorkouts;
        item["is_favorite"] = IsFavorite;
    }
}
