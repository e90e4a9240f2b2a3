using PelotonPS.Json;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Core.Tests;

/// <summary>Every performance-graph fixture maps to a PerformanceGraph with the values Peloton sent.</summary>
public sealed class PerformanceGraphMappingTests
{
    private static PerformanceGraph Graph(string fixture, int everyN = 1)
        => PerformanceGraphMapper.Map("w", everyN, PelotonJson.Deserialize<PerformanceGraphDto>(Fixtures.Bytes(fixture)));

    [Fact]
    public void PowerZoneRideWithHeartRate()
    {
        PerformanceGraph g = Graph("performance_graph_cycling_power_hr.json");

        Assert.Equal(1800, g.DurationSeconds);
        Assert.Equal(1799, g.SampleCount);
        Assert.Equal(176, g.TotalOutputKj);
        Assert.Equal(7.97, g.Distance);
        Assert.Equal("mi", g.DistanceUnit);
        Assert.Equal(236, g.CaloriesKcal);
        Assert.Equal(98, g.AvgOutputWatts);
        Assert.Equal(140, g.MaxOutputWatts);
        Assert.Equal(85, g.AvgCadenceRpm);
        Assert.Equal(37, g.AvgResistancePercent);
        Assert.Equal(15.9, g.AvgSpeed);
        Assert.Equal("mph", g.SpeedUnit);
        Assert.Equal(138, g.AvgHeartRateBpm);
        Assert.Equal(154, g.MaxHeartRateBpm);
        Assert.Null(g.EffortPoints);
        Assert.Equal(new int?[] { 247, 441, 1111, 0, 0 }, new[] { g.HeartRateZone1Seconds, g.HeartRateZone2Seconds, g.HeartRateZone3Seconds, g.HeartRateZone4Seconds, g.HeartRateZone5Seconds });
        Assert.Equal(new[] { "Warmup", "Cycling", "Cool Down" }, g.Segments.Select(s => s.Name));
        Assert.Equal(662, g.Segments[1].StartOffsetSeconds);
        Assert.Equal(1089, g.Segments[1].LengthSeconds);
        Assert.Equal(new[] { "output", "cadence", "resistance", "speed", "heart_rate" }, g.Metrics.Select(m => m.Slug));
        HeartRateZone zone3 = g.HeartRateZones[2];
        Assert.Equal((3, "138-156 bpm", 1111, 138, 156), (zone3.Zone, zone3.Range, zone3.Seconds!.Value, zone3.MinBpm!.Value, zone3.MaxBpm!.Value));
        Assert.Empty(g.Splits);
        Assert.Empty(g.TargetCompliance);
        Assert.Empty(g.MuscleGroups);
    }

    [Fact]
    public void ScenicRide2024WithEffortZonesAndDistanceSplits()
    {
        PerformanceGraph g = Graph("performance_graph_cycling_2024.json", everyN: 5);

        Assert.Equal(241, g.SampleCount);
        Assert.Equal(5, g.EveryN);
        Assert.Equal(44.8, g.EffortPoints);
        Assert.Equal(new int?[] { 23, 25, 74, 805, 270 }, new[] { g.HeartRateZone1Seconds, g.HeartRateZone2Seconds, g.HeartRateZone3Seconds, g.HeartRateZone4Seconds, g.HeartRateZone5Seconds });
        Assert.Equal(6, g.Splits.Count);
        Split first = g.Splits[0];
        Assert.Equal((1, 1.0, "mi", 195.0, 3.25, "min/mi", true), (first.Order, first.DistanceMarker!.Value, first.DistanceUnit, first.SplitSeconds!.Value, first.Pace!.Value, first.PaceUnit, first.IsBest));
        Assert.Equal(0.82, g.Splits[5].DistanceMarker);
        Assert.Equal(204.0, g.Splits[5].SplitSeconds!.Value, 6);
        Assert.Null(g.Splits[5].ElevationChange);
    }

    [Fact]
    public void RowerWithABomStrokesSplitsAndMuscleGroups()
    {
        PerformanceGraph g = Graph("performance_graph_rower.json");

        Assert.Equal(600, g.SampleCount);
        Assert.Equal(23, g.TotalOutputKj);
        Assert.Equal(1023.28, g.Distance);
        Assert.Equal("m", g.DistanceUnit);
        Assert.Equal(133, g.StrokeCount);
        Assert.Equal(20, g.AvgStrokeRateSpm);
        Assert.Equal(3.26, g.AvgSplitPaceMinPer500m);
        Assert.Equal(10.3, g.EffortPoints);
        Assert.Equal(6, g.Segments.Count);
        Split first = g.Splits[0];
        Assert.Equal((500.0, "m", 4.77, "min/500m", 14.0, 42.0, 96.15, false), (first.DistanceMarker!.Value, first.DistanceUnit, first.Pace!.Value, first.PaceUnit, first.StrokeRateSpm!.Value, first.AvgOutputWatts!.Value, first.FormScorePercent!.Value, first.IsBest));
        Assert.True(g.Splits[1].IsBest);
        Assert.Equal(11, g.MuscleGroups.Count);
        MuscleGroupScore glutes = g.MuscleGroups.Single(m => m.MuscleGroup == "glutes");
        Assert.Equal((1170.0, 13.0, 3), (glutes.Score!.Value, glutes.Percentage!.Value, glutes.Bucket!.Value));
    }

    [Fact]
    public void RunningClassWithoutSensorsHasOnlyCaloriesAndTargetCompliance()
    {
        PerformanceGraph g = Graph("performance_graph_running_no_metrics.json");

        Assert.Equal(1786, g.SampleCount);
        Assert.Equal(236, g.CaloriesKcal);
        Assert.Null(g.TotalOutputKj);
        Assert.Null(g.AvgOutputWatts);
        Assert.Null(g.AvgHeartRateBpm);
        Assert.Empty(g.Metrics);
        Assert.Empty(g.Splits);
        Assert.Equal(new[] { ("speed", 0.0), ("incline", 88.0) }, g.TargetCompliance.Select(t => (t.Metric!, t.TimeInRangePercent!.Value)));
    }

    [Fact]
    public void MeditationHasNoMetricsAtAll()
    {
        PerformanceGraph g = Graph("performance_graph_meditation.json");

        Assert.Equal(300, g.DurationSeconds);
        Assert.Equal(298, g.SampleCount);
        Assert.Null(g.TotalOutputKj);
        Assert.Null(g.CaloriesKcal);
        Assert.Null(g.HeartRateZone1Seconds);
        GraphSegment segment = Assert.Single(g.Segments);
        Assert.Equal(("Meditation", "floor"), (segment.Name, segment.MetricsType));
    }

    [Fact]
    public void The2020GraphReadsTheOlderTargetMembersAndAnEmptySplitsArray()
    {
        PerformanceGraph g = Graph("performance_graph_cycling_2020_every5.json", everyN: 5);

        Assert.Equal(181, g.SampleCount);
        Assert.Equal(64, g.TotalOutputKj);
        Assert.Equal(3.47, g.Distance);
        Assert.Equal(145, g.AvgHeartRateBpm);
        Assert.Empty(g.Splits);
        Assert.Equal(new[] { ("cadence", 90.0), ("resistance", 63.0) }, g.TargetCompliance.Select(t => (t.Metric!, t.TimeInRangePercent!.Value)));
    }
}
