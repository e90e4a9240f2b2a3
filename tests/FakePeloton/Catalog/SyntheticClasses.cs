using System.Globalization;
using System.Text.Json.Nodes;
using FakePeloton.History;

namespace FakePeloton.Catalog;

/// <summary>
/// Builds the synthetic library: class i is a copy of schedule ride i mod 4 with its own id, plan,
/// class type, instructor, length and numbers. Everything derives from i, so the same count gives the
/// same classes.
/// </summary>
internal static class SyntheticClasses
{
    /// <summary>Class i airs this long after class i + 1.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromHours(13);

    /// <summary>The schedule fixture's gap between original_air_time and scheduled_start_time.</summary>
    private const int ScheduledAfterAir = 660;

    /// <summary>Every class starts a minute into its video, as the schedule rides do.</summary>
    private const int IntroSeconds = 60;

    /// <summary>Class type ids the catalog keeps so each has at least this many classes.</summary>
    private const int MinimumClassesPerType = 3;

    public static IEnumerable<(JsonObject Ride, LibraryExtras Extras)> Build(
        int count,
        DateTimeOffset newestAirTime,
        JsonArray templates,
        LookupTables lookups,
        IReadOnlyList<FakeInstructor> instructors)
    {
        var slots = ClassSlots.Deal(ClassPlans.All, count);
        var typesByPlan = slots.GroupBy(plan => plan).ToDictionary(g => g.Key, g => UsableTypes(g.Key, g.Count(), lookups));
        var picker = new InstructorPicker(instructors);
        var made = new Dictionary<ClassPlan, int>();
        for (var i = 0; i < count; i++)
        {
            var plan = slots[i];
            var nth = made[plan] = made.GetValueOrDefault(plan) + 1;
            var types = typesByPlan[plan];
            var template = templates[i % templates.Count]!.AsObject();
            yield return Build(i, plan, types[(nth - 1) % types.Count], picker.Pick(plan), newestAirTime - (i * Spacing), template);
        }
    }

    /// <summary>
    /// The plan's class types in list order, only as many as keep each at three classes or more; the
    /// captured rides' types come early in their lists, so they are always among them at the default size.
    /// </summary>
    private static IReadOnlyList<FakeClassType> UsableTypes(ClassPlan plan, int classes, LookupTables lookups)
    {
        var candidates = lookups.ClassTypes.Where(plan.UsesClassType).OrderBy(type => type.ListOrder).ToArray();
        if (candidates.Length == 0)
        {
            throw new InvalidDataException($"No class type for plan '{plan.Name}'.");
        }

        return candidates.Take(Math.Clamp(classes / MinimumClassesPerType, 1, candidates.Length)).ToArray();
    }

    private static (JsonObject, LibraryExtras) Build(
        int index, ClassPlan plan, FakeClassType classType, FakeInstructor? instructor, DateTimeOffset airTime, JsonObject template)
    {
        var id = SyntheticIds.Hex32("class", index.ToString(CultureInfo.InvariantCulture));
        var dice = new Dice(id);
        var duration = dice.Pick("duration", plan.Durations);
        var title = ClassText.Title(plan, classType, duration);
        var aired = airTime.ToUnixTimeSeconds();
        var difficulty = dice.Between("difficulty", 2.5, 9.5, 4);
        var rating = dice.Between("rating", 0.9, 0.999, 4);
        var ratings = 50 + dice.Below("ratings", 30000);
        var captioned = !dice.OneIn("captions", 7);

        var ride = template.DeepClone().AsObject();
        ride["id"] = id;
        ride["title"] = title;
        ride["description"] = ClassText.Description(title, instructor, duration, dice);
        ride["fitness_discipline"] = plan.Discipline;
        ride["fitness_discipline_display_name"] = plan.DisplayName;
        ride["instructor_id"] = instructor?.Id;
        ride["class_type_ids"] = new JsonArray(classType.Id);
        ride["ride_type_id"] = classType.Id;
        ride["ride_type_ids"] = new JsonArray(classType.Id);
        ride["duration"] = duration;
        ride["length"] = duration + IntroSeconds + dice.Below("outro", 150);
        ride["pedaling_start_offset"] = IntroSeconds;
        ride["pedaling_end_offset"] = IntroSeconds + duration;
        ride["pedaling_duration"] = duration;
        ride["original_air_time"] = aired;
        ride["scheduled_start_time"] = aired + ScheduledAfterAir;
        ride["difficulty_estimate"] = difficulty;
        ride["difficulty_rating_avg"] = difficulty;
        ride["difficulty_rating_count"] = ratings - dice.Below("difficulty_ratings", ratings / 5);
        ride["difficulty_level"] = difficulty < 4 ? "beginner" : difficulty < 7 ? "intermediate" : "advanced";
        ride["overall_rating_avg"] = rating;
        ride["overall_estimate"] = rating;
        ride["overall_rating_count"] = ratings;
        ride["total_workouts"] = ratings + (ratings * (2 + dice.Below("workouts", 9)) / 10);
        ride["total_in_progress_workouts"] = dice.Below("in_progress", 20);
        ride["is_explicit"] = plan.Discipline != "meditation" && dice.OneIn("explicit", 5);
        ride["has_closed_captions"] = captioned;
        ride["is_closed_caption_shown"] = captioned;
        ride["captions"] = captioned ? new JsonArray("en-US") : new JsonArray();
        ride["content_format"] = plan.ContentFormat;
        ride["metrics"] = new JsonArray([.. plan.Metrics.Select(metric => JsonValue.Create(metric))]);
        ride["has_pedaling_metrics"] = plan.Metrics.Contains("cadence");
        ride["equipment_ids"] = new JsonArray();
        ride["equipment_tags"] = new JsonArray();
        ride["image_url"] = $"https://s3.amazonaws.com/peloton-ride-images/{SyntheticIds.Hex32("image", id)}/img_{aired}_{id}.png";
        ride["home_peloton_id"] = SyntheticIds.Hex32("home_peloton", id);
        ride["studio_peloton_id"] = SyntheticIds.Hex32("studio_peloton", id);
        ride["series_id"] = SyntheticIds.Hex32("series", id);
        ride["live_stream_id"] = id + "-live";
        ride["vod_stream_id"] = id + "-vod";

        // Members of the 2021+ ride objects (peloton-api.md 4.4) that the 2020 schedule rides lack.
        ride["is_outdoor"] = plan.Outdoor;
        ride["availability"] = new JsonObject { ["is_available"] = true, ["reason"] = null };
        ride["distance"] = null;
        ride["distance_unit"] = null;
        ride["distance_display_value"] = null;
        ride["is_fixed_distance"] = false;
        ride["explicit_rating"] = (bool)ride["is_explicit"]! ? 1 : 0;
        ride["flags"] = new JsonArray();
        return (ride, LibraryExtras.Roll(dice, taken: false));
    }
}
