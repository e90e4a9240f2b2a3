using System.Text;
using System.Text.Json;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Core.Tests;

/// <summary>The API drifts: numbers change type, members change shape, fields come and go. None of it may throw.</summary>
public sealed class LenientJsonTests
{
    private static WorkoutDto Parse(string json) => PelotonJson.Deserialize<WorkoutDto>(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void NumbersAcceptIntegersFloatsStringsAndNull()
    {
        WorkoutDto dto = Parse("""{"start_time":1619718402.0,"end_time":"1619720200","total_work":"175772.76","leaderboard_rank":null}""");

        Assert.Equal(1619718402, dto.StartTime);
        Assert.Equal(1619720200, dto.EndTime);
        Assert.Equal(175772.76, dto.TotalWork);
        Assert.Null(dto.LeaderboardRank);
    }

    [Fact]
    public void StravaIdIsTextWhetherSentAsANumberOrAString()
    {
        Assert.Equal("-1", Parse("""{"strava_id":"-1"}""").StravaId);
        Assert.Equal("12345", Parse("""{"strava_id":12345}""").StravaId);
    }

    [Fact]
    public void AMemberOfTheWrongShapeIsNullNotAnException()
    {
        WorkoutDto dto = Parse("""{"ride":[],"effort_zones":"n/a","achievement_templates":{},"ftp_info":7,"is_outdoor":"yes"}""");

        Assert.Null(dto.Ride);
        Assert.Null(dto.EffortZones);
        Assert.Null(dto.AchievementTemplates);
        Assert.Null(dto.FtpInfo);
        Assert.Null(dto.IsOutdoor);
    }

    [Fact]
    public void UnknownMembersAreIgnoredAndMissingOnesAreNull()
    {
        WorkoutDto dto = Parse("""{"id":"abc","brand_new_field":{"nested":[1,2,3]}}""");

        Assert.Equal("abc", dto.Id);
        Assert.Null(dto.Status);
        Assert.Null(dto.EndTime);
    }

    [Fact]
    public void TruncatedJsonIsAJsonException()
    {
        Assert.ThrowsAny<JsonException>(() => Parse("""{"id":"abc","sta"""));
    }
}
