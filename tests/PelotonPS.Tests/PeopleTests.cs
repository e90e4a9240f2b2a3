using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Get-PelotonInstructor, Get-PelotonUser and Get-PelotonOverview through real runspaces.</summary>
public sealed class PeopleTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeServerFixture fake;

    public PeopleTests(FakeServerFixture fake) => this.fake = fake;

    [Fact]
    public void AllInstructorsAreListedOnceAndCachedForTheSession()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult first = runspace.Invoke("Get-PelotonInstructor -Session $session").AssertNoErrors();
        ScriptResult second = runspace.Invoke("Get-PelotonInstructor -Session $session -Name 'Matt W*', '*Toussaint'").AssertNoErrors();

        Assert.Equal(fake.Server.State.Catalog.Instructors.Select(i => i.Id), first.Output.Select(o => o.Text("InstructorId")));
        PSObject matt = first.Output.Single(o => o.Text("Name") == "Matt Wilpers");
        Assert.Equal("Matt", matt.Text("FirstName"));
        Assert.Contains("PelotonPS.Instructor", matt.TypeNames);
        Assert.Equal(new[] { "Alex Toussaint", "Matt Wilpers" }, second.Output.Select(o => o.Text("Name")!).OrderBy(n => n));
        Assert.Single(fake.Server.Requests, r => r.Path == "/api/instructor" && r.Headers["authorization"] == "Bearer " + token);
    }

    [Fact]
    public void APlainNameThatMatchesNoOneIsANonTerminatingError()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonInstructor -Session $session -Name 'Nobody Atall', 'Matt Wilpers', 'Zz*'");

        Assert.Equal("PelotonInstructorNotFound,PelotonPS.Commands.Cmdlets.GetPelotonInstructorCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal("Matt Wilpers", Assert.Single(result.Output).Text("Name"));
    }

    [Fact]
    public void InstructorIdsBindFromRidesAndUnknownOnesAreReported()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonRide -Session $session 6e513fd6ad1c4d12b829624fa22b38a0, 155516e41dda4869bd84671a197cfc10 | Get-PelotonInstructor -Session $session -Verbose; Get-PelotonInstructor -Session $session -InstructorId ffffffffffffffffffffffffffffffff");

        Assert.Equal("5a19bfe66e644a2fa3e6387a91ebc5ce", Assert.Single(result.Output).Text("InstructorId")); // the scenic ride has none
        Assert.Contains(result.Verbose, v => v.Contains("without an InstructorId"));
        Assert.Equal("PelotonInstructorNotFound,PelotonPS.Commands.Cmdlets.GetPelotonInstructorCommand", result.SingleError.FullyQualifiedErrorId);
    }

    [Fact]
    public void TheConnectedUsersProfileHasEverythingApiMeTells()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        PSObject me = Assert.Single(runspace.Invoke("Get-PelotonUser -Session $session").AssertNoErrors().Output);

        Assert.Contains("PelotonPS.User", me.TypeNames);
        Assert.Equal(("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "jdoe", "John Doe", "Nowhere USA"), (me.Text("UserId"), me.Text("Username"), me.Text("Name"), me.Text("Location")));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1534931357).LocalDateTime, me.Get<DateTime?>("CreatedAt"));
        Assert.Equal((291, 361, 178, 203), (me.Get<int?>("Followers")!.Value, me.Get<int?>("Following")!.Value, me.Get<int?>("EstimatedCyclingFtp")!.Value, me.Get<int?>("MaxHeartRate")!.Value));
        Assert.Null(me.Get("CyclingFtp")); // 0 in the profile: not set
        Assert.Equal("ftp_workout_source", me.Text("FtpSource"));
        Assert.Equal("0; 132; 152; 173; 193", me.Text("HeartRateZoneBounds"));
        Assert.Equal("yoga: 2; strength: 5; running: 1; stretching: 25; cycling: 416; meditation: 34", me.Text("WorkoutCounts"));
        Assert.Equal(false, me.Get<bool?>("IsProfilePrivate"));
    }

    [Fact]
    public void AnotherMembersProfileHasOnlyPublicFieldsAndTheirHistoryIsListed()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        FakeMember pub = fake.Server.State.OtherUsers.Single(u => u.Username == "pubrider");
        ScriptResult result = runspace.Invoke("Get-PelotonUser -Session $session -Username pubrider; Get-PelotonWorkout -Session $session -UserId $id", new Dictionary<string, object?> { ["id"] = pub.UserId }).AssertNoErrors();

        PSObject profile = result.Output[0];
        Assert.Equal((pub.UserId, "pubrider"), (profile.Text("UserId"), profile.Text("Username")));
        Assert.Null(profile.Get("MaxHeartRate"));
        Assert.Null(profile.Get("HeartRateZoneBounds"));
        Assert.Equal(pub.Workouts.Select(w => w.WorkoutId), result.Output.Skip(1).Select(o => o.Text("WorkoutId")));
    }

    [Fact]
    public void APrivateMembersHistoryIsForbiddenAndAnUnknownOneNotFound()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult forbidden = runspace.Invoke("Get-PelotonWorkout -Session $session -UserId cccccccccccccccccccccccccccccccc");
        ScriptResult unknown = runspace.Invoke("Get-PelotonUser -Session $session -UserId dddddddddddddddddddddddddddddddd");

        Assert.Equal("PelotonForbidden,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand", forbidden.SingleError.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, forbidden.SingleError.CategoryInfo.Category);
        Assert.Contains("private", forbidden.SingleError.ErrorDetails.Message);
        Assert.Equal("PelotonUserNotFound,PelotonPS.Commands.Cmdlets.GetPelotonUserCommand", unknown.SingleError.FullyQualifiedErrorId);
    }

    [Fact]
    public void TheOverviewHasStreaksCountsAndRecordsAndRecordsComeAsCsvRows()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        FakeOverview expected = FakeOverview.Of(fake.Server.State.Workouts);
        ScriptResult result = runspace.Invoke("Get-PelotonOverview -Session $session; Get-PelotonOverview -Session $session -PersonalRecords").AssertNoErrors();

        PSObject overview = result.Output[0];
        Assert.Contains("PelotonPS.Overview", overview.TypeNames);
        Assert.Equal((expected.TotalWorkouts, expected.CurrentWeeklyStreak, expected.BestWeeklyStreak),
            (overview.Get<int?>("TotalWorkouts")!.Value, overview.Get<int?>("CurrentWeeklyStreak")!.Value, overview.Get<int?>("BestWeeklyStreak")!.Value));
        Assert.Equal(expected.CurrentWeeklyStreakStart?.LocalDateTime, overview.Get<DateTime?>("CurrentStreakStartDate"));
        List<PSObject> records = result.Output.Skip(1).ToList();
        Assert.Equal(expected.PersonalRecords.Count, records.Count);
        FakePersonalRecord first = expected.PersonalRecords[0];
        PSObject row = records[0];
        Assert.Contains("PelotonPS.PersonalRecord", row.TypeNames);
        Assert.Equal((first.Name, first.RawValue, first.Unit, first.WorkoutId, first.WorkoutDate.LocalDateTime),
            (row.Text("RecordName"), row.Get<double?>("Value")!.Value, row.Text("Unit"), row.Text("WorkoutId"), row.Get<DateTime?>("Date")!.Value));
        Assert.All(fake.Server.Requests.Where(r => r.Path.EndsWith("/overview") && r.Headers["authorization"] == "Bearer " + token), r => Assert.Equal("web", r.Headers["peloton-platform"]));
    }
}
