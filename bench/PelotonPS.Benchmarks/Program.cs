using PelotonPS.Benchmarks;

// dotnet run -c Release --project bench/PelotonPS.Benchmarks -- [all|network|memory|parse] [--latency-ms 50]
string mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
int latencyIndex = Array.IndexOf(args, "--latency-ms");
var latency = TimeSpan.FromMilliseconds(latencyIndex >= 0 && latencyIndex + 1 < args.Length ? int.Parse(args[latencyIndex + 1]) : 50);

var figures = new List<Figure>();
if (mode is "all" or "network")
{
    figures.AddRange(await NetworkBenchmark.RunAsync(latency));
}

if (mode is "all" or "memory")
{
    figures.AddRange(await MemoryBenchmark.RunAsync());
}

if (mode is "all" or "parse")
{
    figures.AddRange(ParsingBenchmark.Run());
}

Console.WriteLine();
Console.WriteLine($"PelotonPS benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, latency {latency.TotalMilliseconds} ms");
Console.WriteLine(Figure.Table(figures));
