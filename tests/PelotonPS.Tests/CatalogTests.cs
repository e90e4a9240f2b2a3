using FakePeloton;
using PelotonPS.Tests.Infrastructure;

namespace PelotonPS.Tests;

/// <summary>Get-PelotonClass and Get-PelotonRide against the fake's class library of 305 classes.</summary>
public sealed class CatalogTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeServerFixture fake;

    public CatalogTests(FakeServerFixture fake) => this.fake = fake;

    private FakeCatalog Catalog => fake.Server.State.Catalog;

    private IEnumerable<FakePeloton.RecordedRequest> LibraryRequests(string token)
        => fake.Server.Requests.Where(r => r.Path == "/api/v2/ride/archived" && r.Headers["authorization"] == "Bearer " + token);

    [Fact]
    public void WithoutFirstOrAllTheLibraryStopsAtOneHundredAndSaysMoreExist()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonClass -Session $session -Verbose").AssertNoErrors();

        Assert.Equal(Catalog.Classes.Take(100).Select(c => c.RideId), result.Output.Select(o => o.Text("RideId")));
        Assert.Contains(result.Verbose, v => v.Contains($"first 100 of {Catalog.Classes.Count}") && v.Contains("-All"));
        Assert.Single(LibraryRequests(token));
        PSObject newest = result.Output[0];
        Assert.Contains("PelotonPS.Ride", newest.TypeNames);
        Assert.Equal(Catalog.Classes[0].Title, newest.Text("Title"));
    }

    [Fact]
    public void AllStreamsEveryMatchPageByPage()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonClass -Session $session -All").AssertNoErrors();

        Assert.Equal(Catalog.Classes.Select(c => c.RideId), result.Output.Select(o => o.Text("RideId")));
        Assert.Equal(4, LibraryRequests(token).Count());
        Assert.All(LibraryRequests(token), r => Assert.Contains("limit=100", r.Query));
    }

    [Fact]
    public void AnInstructorByNameWithALengthNamesEveryClassFromTheResponseTable()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        FakeInstructor matt = Catalog.Instructors.Single(i => i.Name == "Matt Wilpers");
        ScriptResult result = runspace.Invoke("Get-PelotonClass -Session $session -Instructor 'matt wilpers' -DurationMinutes 30").AssertNoErrors();

        var expected = Catalog.Classes.Where(c => c.InstructorId == matt.Id && c.DurationSeconds == 1800).Select(c => c.RideId).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Output.Select(o => o.Text("RideId")));
        Assert.All(result.Output, o => Assert.Equal(("Matt Wilpers", 1800), (o.Text("InstructorName"), o.Get<int?>("DurationSeconds")!.Value)));
        string query = Assert.Single(LibraryRequests(token)).Query;
        Assert.Contains($"instructor_id={matt.Id}", query);
        Assert.Contains("duration=1800", query);
        Assert.DoesNotContain(fake.Server.Requests, r => r.Path.StartsWith("/api/instructor/") && r.Headers["authorization"] == "Bearer " + token);
    }

    [Fact]
    public void ADisciplineAClassTypeAndTextNarrowTheSearch()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        FakeClassType powerZone = Catalog.ClassTypes.First(t => t.Name == "Power Zone" && t.FitnessDiscipline == "cycling");
        ScriptResult typed = runspace.Invoke("Get-PelotonClass -Session $session -Discipline cycling -ClassType 'Power Zone' -All").AssertNoErrors();
        string word = Catalog.Classes.First(c => c.FitnessDiscipline == "yoga").Title.Split(' ')[^2];
        ScriptResult searched = runspace.Invoke($"Get-PelotonClass -Session $session -Query '{word}' -All").AssertNoErrors();

        Assert.Equal(Catalog.Classes.Where(c => c.IsInBrowseCategory("cycling") && c.ClassTypeIds.Contains(powerZone.Id)).Select(c => c.RideId), typed.Output.Select(o => o.Text("RideId")));
        Assert.All(typed.Output, o => Assert.Contains("Power Zone", o.Text("ClassTypes")));
        Assert.Equal(Catalog.Classes.Where(c => c.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || c.Description.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(c => c.RideId),
            searched.Output.Select(o => o.Text("RideId")));
    }

    [Fact]
    public void SortByAndAscendingReachTheLibrary()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonClass -Session $session -SortBy TopRated -Ascending -First 20").AssertNoErrors();

        List<double> ratings = result.Output.Select(o => o.Get<double?>("OverallRating")!.Value).ToList();
        Assert.Equal(20, ratings.Count);
        Assert.Equal(ratings.OrderBy(r => r), ratings);
        string query = Assert.Single(LibraryRequests(token)).Query;
        Assert.Contains("sort_by=top_rated", query);
        Assert.Contains("desc=false", query);
    }

    [Fact]
    public void SkipAndFirstSliceAcrossPagesAndIncludeTotalCountCountsTheMatches()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonClass -Session $session -Skip 95 -First 10 -IncludeTotalCount").AssertNoErrors();

        Assert.Equal((ulong)Catalog.Classes.Count, Convert.ToUInt64(result.Output[0].BaseObject));
        Assert.Equal(Catalog.Classes.Skip(95).Take(10).Select(c => c.RideId), result.Output.Skip(1).Select(o => o.Text("RideId")));
    }

    [Fact]
    public void AllWithFirstIsAConflict()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult result = runspace.Invoke("Get-PelotonClass -Session $session -All -First 5");

        Assert.Equal("AllAndFirstConflict,PelotonPS.Commands.Cmdlets.GetPelotonClassCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.SingleError.CategoryInfo.Category);
    }

    [Theory]
    [InlineData("-Instructor 'Nobody Atall'", "PelotonInstructorNotFound")]
    [InlineData("-ClassType 'No Such Type'", "PelotonClassTypeNotFound")]
    public void UnknownNamesAreReportedBeforeSearching(string filter, string errorId)
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke($"Get-PelotonClass -Session $session {filter}");

        Assert.Equal($"{errorId},PelotonPS.Commands.Cmdlets.GetPelotonClassCommand", result.SingleError.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.SingleError.CategoryInfo.Category);
        Assert.Empty(LibraryRequests(token));
    }

    [Fact]
    public void ARideByIdIsNamedFromTheSessionsTablesAndDetailsAddPlaylistSegmentsAndTargets()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        FakeRide cycling = Catalog.Classes.First(c => c.FitnessDiscipline == "cycling" && !c.IsCaptured && c.InstructorId is not null);
        ScriptResult result = runspace.Invoke($"Get-PelotonRide -Session $session {cycling.RideId} -IncludeDetails").AssertNoErrors();

        PSObject ride = Assert.Single(result.Output);
        Assert.Equal((cycling.Title, cycling.DurationSeconds, Catalog.FindInstructor(cycling.InstructorId!)!.Name), (ride.Text("Title"), ride.Get<int?>("DurationSeconds")!.Value, ride.Text("InstructorName")));
        ScriptResult details = runspace.Invoke(
            $"$r = Get-PelotonRide -Session $session {cycling.RideId} -IncludeDetails\n" +
            "$r.Playlist.Count; $r.TargetMetrics.Count; $r.Playlist[0].Title\n" +
            "$t = 0; $r.Segments | ForEach-Object { $t += $_.LengthSeconds }; $t").AssertNoErrors();
        Assert.InRange((int)details.Output[0].BaseObject, 6, 12);
        Assert.True((int)details.Output[1].BaseObject > 0);
        Assert.False(string.IsNullOrEmpty(details.Output[2].ToString()));
        Assert.Equal(cycling.DurationSeconds, (int)details.Output[3].BaseObject);
    }

    [Fact]
    public void WorkoutsPipeIntoRidesSkippingFreeRidesAndNamingMissingClasses()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        List<FakeWorkout> workouts = fake.Server.State.Workouts.Take(11).ToList();
        ScriptResult result = runspace.Invoke("Get-PelotonWorkout -Session $session -First 11 | Get-PelotonRide -Session $session -Verbose");

        var workoutRides = runspace.Invoke("Get-PelotonWorkout -Session $session -First 11 | ForEach-Object { $_.RideId }").Output.Select(o => o.ToString()).ToList();
        var inLibrary = workoutRides.Where(id => Catalog.FindRide(id!) is not null).ToList();
        Assert.Equal(inLibrary, result.Output.Select(o => o.Text("RideId")));
        Assert.Contains("6e513fd6ad1c4d12b829624fa22b38a0", inLibrary);
        Assert.All(result.Errors, e => Assert.StartsWith("PelotonRideNotFound,", e.FullyQualifiedErrorId));
        Assert.Equal(workoutRides.Count - inLibrary.Count, result.Errors.Count);
        Assert.Contains(result.Errors, e => (string)e.TargetObject == "301aabb0-7139-42cb-b44e-786182646316" && e.ErrorDetails.Message.Contains("Peloton Gym"));
        Assert.Contains(result.Verbose, v => v.Contains("free workout"));
        Assert.Equal(11, workouts.Count);
    }

    [Fact]
    public void TheFreeRideIdIsNotFoundWithoutAskingPeloton()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out string token);
        ScriptResult result = runspace.Invoke("Get-PelotonRide -Session $session '00000000000000000000000000000000', '6e513fd6ad1c4d12b829624fa22b38a0'");

        ErrorRecord error = result.SingleError;
        Assert.Equal("PelotonRideNotFound,PelotonPS.Commands.Cmdlets.GetPelotonRideCommand", error.FullyQualifiedErrorId);
        Assert.Contains("free workout", error.ErrorDetails.Message);
        Assert.Equal("30 min Power Zone Endurance Ride", Assert.Single(result.Output).Text("Title"));
        Assert.DoesNotContain(fake.Server.Requests, r => r.Path.Contains("00000000000000000000000000000000"));
    }

    [Fact]
    public void ClassesPipeIntoRidesAndRidesIntoInstructors()
    {
        using ModuleRunspace runspace = Connected.Runspace(fake.Server, out _);
        ScriptResult rides = runspace.Invoke("Get-PelotonClass -Session $session -First 3 | Get-PelotonRide -Session $session").AssertNoErrors();
        ScriptResult instructors = runspace.Invoke("Get-PelotonClass -Session $session -First 3 | Get-PelotonInstructor -Session $session").AssertNoErrors();

        Assert.Equal(Catalog.Classes.Take(3).Select(c => c.RideId), rides.Output.Select(o => o.Text("RideId")));
        Assert.Equal(Catalog.Classes.Take(3).Where(c => c.InstructorId is not null).Select(c => c.InstructorId), instructors.Output.Select(o => o.Text("InstructorId")));
    }
}
