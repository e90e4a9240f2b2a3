using PelotonPS.Json;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Core.Tests;

/// <summary>Every workout fixture maps to a flat Workout with the values Peloton sent.</summary>
public sealed class WorkoutMappingTests
{
    private static Workout Detail(string fixture) => WorkoutMapper.Map(PelotonJson.Deserialize<WorkoutDto>(Fixtures.Bytes(fixture)));

    [Fact]
    public void PowerZoneRideDetailCarriesClassInstructorLeaderboardAndFtp()
    {
        Workout w = Detail("workout_cycling_power_hr.json");

        Assert.Equal("3bade6602259414a82576302f9339175", w.WorkoutId);
        Assert.Equal("6e513fd6ad1c4d12b829624fa22b38a0", w.RideId);
        Assert.Equal("5a19bfe66e644a2fa3e6387a91ebc5ce", w.InstructorId);
        Assert.Equal("30 min Power Zone Endurance Ride", w.Title);
        Assert.Equal("Christine D'Ercole", w.InstructorName);
        Assert.Equal("cycling", w.FitnessDiscipline);
        Assert.Equal(1800, w.ClassLengthSeconds);
        Assert.Equal(175.77276, w.TotalOutputKj!.Value, 5);
        Assert.Equal(33331, w.LeaderboardRank);
        Assert.Equal(57337, w.TotalLeaderboardUsers);
        Assert.Equal(154, w.FtpAtStart);
        Assert.Equal("Dynamic Duo", w.Achievements);
        Assert.Equal("Etc/GMT+5", w.TimeZone);
        Assert.Equal("home_bike_v1", w.DeviceType);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1619718402).LocalDateTime, w.StartTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1619720200).LocalDateTime, w.EndTime);
        Assert.Equal(TimeSpan.FromSeconds(1798), w.Duration);
        Assert.Equal(DateTimeKind.Local, w.StartTime!.Value.Kind);
        Assert.Equal("COMPLETE", w.Status);
    }

    [Fact]
    public void ScenicRideHasNoInstructor()
    {
        Workout w = Detail("workout_cycling_2024.json");

        Assert.Equal("65ecf21320f3413b89a184b478c38d84", w.WorkoutId);
        Assert.Equal("20 min Veluwe National Park Ride", w.Title);
        Assert.Null(w.InstructorId);
        Assert.Null(w.InstructorName);
        Assert.Equal(148.00398, w.TotalOutputKj!.Value, 5);
        Assert.Equal(171, w.FtpAtStart);
        Assert.False(w.IsOutdoor);
        Assert.Null(w.Achievements);
    }

    [Fact]
    public void MeditationWithoutMetricsHasNullOutputRankAndFtp()
    {
        Workout w = Detail("workout_meditation.json");

        Assert.Equal("meditation", w.FitnessDiscipline);
        Assert.Equal("5 min Sleep Meditation", w.Title);
        Assert.Equal("Anna Greenberg", w.InstructorName);
        Assert.Null(w.TotalOutputKj);
        Assert.Null(w.LeaderboardRank);
        Assert.Null(w.TotalLeaderboardUsers);
        Assert.Null(w.FtpAtStart);
        Assert.Equal("android", w.DeviceType);
    }

    [Fact]
    public void RunningClassOnATvJoinsAchievementNames()
    {
        Workout w = Detail("workout_running_no_metrics.json");

        Assert.Equal("30 min Progression Run", w.Title);
        Assert.Equal("Matt Wilpers", w.InstructorName);
        Assert.Equal("3-Day Streak; Dynamic Duo", w.Achievements);
        Assert.Equal("fire_tv", w.DeviceType);
        Assert.Null(w.TotalOutputKj);
    }

    [Fact]
    public void The2020ListPageMapsEveryItem()
    {
        PageDto<WorkoutDto> page = PelotonJson.Deserialize<PageDto<WorkoutDto>>(Fixtures.Bytes("user_workouts_page0_2020.json"));
        List<Workout> workouts = page.Data!.Select(WorkoutMapper.Map).ToList();

        Assert.Equal(495, page.Total);
        Assert.Equal(25, page.PageCount);
        Assert.Equal(20, workouts.Count);
        Workout first = workouts[0];
        Assert.Equal("f813e2143150469c9aed108a40ca61ef", first.WorkoutId);
        Assert.Equal("stretching", first.FitnessDiscipline);
        Assert.Equal("Stretching Workout", first.Title); // no joins in 2020: the workout's name stands in
        Assert.Null(first.RideId);
        Assert.Null(first.TotalOutputKj);
        Assert.Null(first.IsOutdoor);
        Assert.Equal(TimeSpan.FromSeconds(1586615579 - 1586615281), first.Duration);
        Assert.All(workouts, w => Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", w.UserId));
        Assert.Equal(new[] { "cycling", "meditation", "stretching" }, workouts.Select(w => w.FitnessDiscipline).Distinct().OrderBy(d => d));
    }

    [Fact]
    public void The2022RowerPageWithABomMapsWithJoinedRideAndEffortZones()
    {
        PageDto<WorkoutDto> page = PelotonJson.Deserialize<PageDto<WorkoutDto>>(Fixtures.Bytes("user_workouts_page0_rower_2022.json"));
        Workout w = WorkoutMapper.Map(Assert.Single(page.Data!));

        Assert.Equal("3a5af153444941c0aa54c52aee4726fa", w.WorkoutId);
        Assert.Equal("caesar", w.FitnessDiscipline);
        Assert.Equal(22.62963, w.TotalOutputKj!.Value, 5);
        Assert.True(w.IsPersonalRecord);
        Assert.False(w.IsOutdoor);
        Assert.Equal(10.3, w.EffortPoints);
        Assert.Equal(new int?[] { 164, 173, 246, 70, 0 }, new[] { w.HeartRateZone1Seconds, w.HeartRateZone2Seconds, w.HeartRateZone3Seconds, w.HeartRateZone4Seconds, w.HeartRateZone5Seconds });
        Assert.Equal("Etc/GMT+6", w.TimeZone);
        Assert.NotNull(w.RideId);
        Assert.NotNull(w.Title);
    }

    [Fact]
    public void AFreeRideHasNoRideIdAndTakesItsTitleFromTheWorkout()
    {
        const string json = """
            {"id":"0123456789abcdef0123456789abcdef","fitness_discipline":"cycling","name":"Cycling Workout","title":"Just Ride",
             "status":"COMPLETE","start_time":1700000000,"end_time":1700001200,"total_work":95000.5,
             "ride":{"id":"00000000000000000000000000000000","title":"","duration":0,"instructor_id":null}}
            """;
        Workout w = WorkoutMapper.Map(PelotonJson.Deserialize<WorkoutDto>(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Null(w.RideId);
        Assert.Equal("Just Ride", w.Title);
        Assert.Null(w.ClassLengthSeconds);
        Assert.Null(w.InstructorId);
        Assert.Equal(95.0005, w.TotalOutputKj!.Value, 6);
    }

    [Fact]
    public void AnInProgressWorkoutHasNoEndTimeOrDuration()
    {
        const string json = """{"id":"0123456789abcdef0123456789abcdef","status":"IN_PROGRESS","start_time":1700000000,"end_time":null}""";
        Workout w = WorkoutMapper.Map(PelotonJson.Deserialize<WorkoutDto>(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Null(w.EndTime);
        Assert.Null(w.Duration);
        Assert.Equal("IN_PROGRESS", w.Status);
    }

    [Fact]
    public void AGymWorkoutKeepsItsDashedRideId()
    {
        const string json = """{"id":"0123456789abcdef0123456789abcdef","fitness_discipline":"strength","ride":{"id":"301aabb0-7139-42cb-b44e-786182646316","title":"Upper Body"}}""";
        Workout w = WorkoutMapper.Map(PelotonJson.Deserialize<WorkoutDto>(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal("301aabb0-7139-42cb-b44e-786182646316", w.RideId);
        Assert.False(RideIds.IsLookupable(w.RideId));
        Assert.True(RideIds.IsLookupable("6e513fd6ad1c4d12b829624fa22b38a0"));
    }
}
