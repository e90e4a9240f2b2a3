using System.Diagnostics;
using FakePeloton;

namespace PelotonPS.Benchmarks;

/// <summary>Import-Module time, and the working set while 10,000 workouts stream through the pipeline.</summary>
internal static class MemoryBenchmark
{
    private const int Workouts = 10_000;

    public static async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var figures = new List<Figure>();
        TimeSpan coldImport;
        using (var first = new BenchRunspace())
        {
            coldImport = first.ImportTime;
        }

        TimeSpan warmImport;
        using (var second = new BenchRunspace())
        {
            warmImport = second.ImportTime;
        }

        figures.Add(new Figure("Import-Module, first in the process", $"{coldImport.TotalMilliseconds:0} ms", "target 500 ms", coldImport.TotalMilliseconds / 500, "includes JIT of the module's code"));
        figures.Add(new Figure("Import-Module, again in a new runspace", $"{warmImport.TotalMilliseconds:0} ms"));

        await using FakePelotonServer server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = Workouts });
        using var shell = new BenchRunspace();
        var variables = new Dictionary<string, object?> { ["token"] = server.State.DemoToken, ["baseUri"] = server.BaseUri.ToString() };
        shell.Invoke("$t = [System.Net.NetworkCredential]::new('', $token).SecurePassword; $s = Connect-Peloton -AccessToken $t -ApiBaseUri $baseUri -AuthBaseUri $baseUri -PassThru", variables);
        var workingSet = new List<long>();
        var heap = new List<long>();
        shell.Invoke("$n = 0; Get-PelotonWorkout -Session $s | ForEach-Object { $n++; if ($n % 1000 -eq 0) { $sample.Invoke() } }",
            new Dictionary<string, object?> { ["sample"] = new Action(() => { heap.Add(HeapAfterCollection()); workingSet.Add(Process.GetCurrentProcess().WorkingSet64); }) });

        figures.Add(new Figure($"Working set while streaming {Workouts} workouts",
            $"{Mb(workingSet[0])} / {Mb(workingSet[1])} / {Mb(workingSet[4])} / {Mb(workingSet[^1])} MB at 1k / 2k / 5k / 10k",
            null, null, $"growth from 2k to 10k: {Mb(workingSet[^1] - workingSet[1])} MB; the fake's own history lives in the same process"));
        figures.Add(new Figure($"Managed heap after collection while streaming {Workouts} workouts",
            $"{Mb(heap[0])} / {Mb(heap[1])} / {Mb(heap[4])} / {Mb(heap[^1])} MB at 1k / 2k / 5k / 10k",
            null, null, $"growth from 2k to 10k: {Mb(heap[^1] - heap[1])} MB: what the process holds, flat"));
        return figures;
    }

    private static long HeapAfterCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0");
}
