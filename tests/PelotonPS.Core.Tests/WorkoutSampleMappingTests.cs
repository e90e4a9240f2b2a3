using System.Text;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Core.Tests;

/// <summary>Per-second rows: offsets from the graph, values aligned by index, segments and GPS by offset.</summary>
public sealed class WorkoutSampleMappingTests
{
    private static List<WorkoutSample> Samples(byte[] body, int everyN = 1)
        => WorkoutSampleMapper.Map("w1", everyN, PelotonJson.Deserialize<PerformanceGraphDto>(body)).ToList();

    [Fact]
    public void OneRowPerPointWithEveryMetricAlignedByIndex()
    {
        List<WorkoutSample> rows = Samples(Fixtures.Bytes("performance_graph_cycling_power_hr.json"));

        Assert.Equal(1799, rows.Count);
        WorkoutSample first = rows[0];
        Assert.Equal(("w1", 1, "Warmup", 39.0, 98.0, 20.0, 10.6, "mph", 88.0), (first.WorkoutId, first.Offset, first.Segment, first.Output!.Value, first.Cadence!.Value, first.Resistance!.Value, first.Speed!.Value, first.SpeedUnit, first.HeartRate!.Value));
        WorkoutSample middle = rows[700];
        Assert.Equal((701, "Cycling", 122.0, 137.0), (middle.Offset, middle.Segment, middle.Output!.Value, middle.HeartRate!.Value));
        WorkoutSample last = rows[^1];
        Assert.Equal((1799, "Cool Down", 16.0, 120.0), (last.Offset, last.Segment, last.Output!.Value, last.HeartRate!.Value));
        Assert.All(rows, r => Assert.Null(r.Latitude));
        Assert.All(rows, r => Assert.Null(r.StrokeRate));
    }

    [Fact]
    public void RowerRowsCarryStrokeRateAndSplitPace()
    {
        WorkoutSample row = Samples(Fixtures.Bytes("performance_graph_rower.json"))[10];

        Assert.Equal((11, 66.0, 21.0, 3.36, 101.0), (row.Offset, row.Output!.Value, row.StrokeRate!.Value, row.SplitPace!.Value, row.HeartRate!.Value));
        Assert.Null(row.Cadence);
    }

    [Fact]
    public void AClassWithoutSensorsStillHasItsOffsetsAndNullMetrics()
    {
        List<WorkoutSample> rows = Samples(Fixtures.Bytes("performance_graph_running_no_metrics.json"));

        Assert.Equal(1786, rows.Count);
        Assert.Equal(new[] { 0, 1, 2 }, rows.Take(3).Select(r => r.Offset));
        Assert.All(rows, r => Assert.True(r.Output is null && r.HeartRate is null && r.Speed is null));
        Assert.Equal("Warm Up", rows[0].Segment);
    }

    [Fact]
    public void GpsPointsAreMatchedToTheLatestPointWithinOneStep()
    {
        const string json = """
            {"seconds_since_pedaling_start":[0,5,10,15,20],
             "metrics":[{"slug":"pace","display_unit":"min/mi","values":[12.0,11.5,11.0,10.5,10.0],
                         "alternatives":[{"slug":"speed","display_unit":"mph","values":[5.0,5.2,5.4,5.7,6.0]}]},
                        {"slug":"altitude","display_unit":"ft","values":[100,101,102,103,104]}],
             "location_data":[{"segment_id":"s","is_gap":false,"coordinates":[
                {"seconds_offset_from_start":0,"latitude":40.1,"longitude":-73.9,"accuracy":4.0},
                {"seconds_offset_from_start":4,"latitude":40.2,"longitude":-73.8,"accuracy":5.0},
                {"seconds_offset_from_start":10,"latitude":40.3,"longitude":-73.7,"accuracy":3.0}]}]}
            """;
        List<WorkoutSample> rows = Samples(Encoding.UTF8.GetBytes(json), everyN: 5);

        Assert.Equal(new double?[] { 40.1, 40.2, 40.3, null, null }, rows.Select(r => r.Latitude));
        Assert.Equal(5.0, rows[1].Accuracy);
        Assert.Equal((11.5, "min/mi", 5.2, "mph", 101.0, "ft"), (rows[1].Pace!.Value, rows[1].PaceUnit, rows[1].Speed!.Value, rows[1].SpeedUnit, rows[1].Altitude!.Value, rows[1].AltitudeUnit));
    }

    [Fact]
    public void ShortValueArraysGiveNullRatherThanAnException()
    {
        const string json = """{"seconds_since_pedaling_start":[1,2,3],"metrics":[{"slug":"output","values":[10,null]}]}""";
        List<WorkoutSample> rows = Samples(Encoding.UTF8.GetBytes(json));

        Assert.Equal(new double?[] { 10, null, null }, rows.Select(r => r.Output));
    }
}
