using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Benchmarks;

/// <summary>How fast the engine parses captured performance graphs into samples, and what it allocates.</summary>
[MemoryDiagnoser]
public class ParsingBenchmark
{
    private byte[] body = Array.Empty<byte>();

    [Params("performance_graph_cycling_power_hr.json", "performance_graph_rower.json", "performance_graph_cycling_2024.json")]
    public string Fixture { get; set; } = string.Empty;

    [GlobalSetup]
    public void Load() => body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", Fixture));

    [Benchmark]
    public int ParseToSamples()
        => WorkoutSampleMapper.Map("w", 1, PelotonJson.Deserialize<PerformanceGraphDto>(body)).Count();

    internal static IReadOnlyList<Figure> Run()
    {
        // In-process: no child build, so it runs on a machine without network access.
        IConfig config = ManualConfig.CreateMinimumViable().AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        Summary summary = BenchmarkRunner.Run<ParsingBenchmark>(config);
        return summary.Reports.Select(report =>
        {
            string fixture = (string)report.BenchmarkCase.Parameters["Fixture"];
            long size = new FileInfo(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)).Length;
            double meanNs = report.ResultStatistics?.Mean ?? double.NaN;
            double mbPerSecond = size / 1024.0 / 1024.0 / (meanNs / 1e9);
            long allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            return new Figure($"Parse {fixture} ({size / 1024} KB) to samples", $"{mbPerSecond:0} MB/s", null, null,
                $"{meanNs / 1000:0} us per graph, {allocated / 1024} KB allocated");
        }).ToList();
    }
}
