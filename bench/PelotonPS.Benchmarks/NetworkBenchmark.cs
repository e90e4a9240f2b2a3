using FakePeloton;

namespace PelotonPS.Benchmarks;

/// <summary>
/// Listing and graph fetching against the fake with a fixed latency, at ThrottleLimit 4 and 1, each against
/// the round trips it cannot avoid.
/// </summary>
internal static class NetworkBenchmark
{
    private const int Workouts = 3000;
    private const int Graphs = 300;
    private const int PageSize = 100;

    public static async Task<IReadOnlyList<Figure>> RunAsync(TimeSpan latency)
    {
        await using FakePelotonServer server = await FakePelotonServer.StartAsync(new FakePelotonOptions { WorkoutCount = Workouts, Latency = latency });
        using var shell = new BenchRunspace();
        var variables = new Dictionary<string, object?>
        {
            ["token"] = server.State.DemoToken,
            ["baseUri"] = server.BaseUri.ToString(),
            ["ids"] = server.State.Workouts.Take(Graphs).Select(w => w.WorkoutId).ToArray(),
        };
        shell.Invoke("$t = [System.Net.NetworkCredential]::new('', $token).SecurePassword; $s = Connect-Peloton -AccessToken $t -ApiBaseUri $baseUri -AuthBaseUri $baseUri -PassThru", variables);
        shell.Invoke("$null = @(Get-PelotonWorkout -Session $s -First 200); $null = Get-PelotonPerformanceGraph -Session $s -WorkoutId $ids[0..3]"); // warm-up: JIT, connections

        var figures = new List<Figure>();
        foreach (int throttle in new[] { 4, 1 })
        {
            int pages = (Workouts + PageSize - 1) / PageSize;
            int listTrips = 1 + (int)Math.Ceiling((pages - 1) / (double)throttle);
            (TimeSpan listed, object? count) = shell.Time($"@(Get-PelotonWorkout -Session $s -ThrottleLimit {throttle}).Count");
            figures.Add(Measured($"List {Workouts} workouts, ThrottleLimit {throttle}", listed, listTrips, latency, $"{count} workouts, {pages} pages"));

            int graphTrips = (int)Math.Ceiling(Graphs / (double)throttle);
            (TimeSpan fetched, object? graphs) = shell.Time($"@(Get-PelotonPerformanceGraph -Session $s -WorkoutId $ids -EveryN 1 -ThrottleLimit {throttle}).Count");
            figures.Add(Measured($"Fetch {Graphs} performance graphs (every_n=1), ThrottleLimit {throttle}", fetched, graphTrips, latency, $"{graphs} graphs"));
        }

        return figures;
    }

    private static Figure Measured(string name, TimeSpan elapsed, int roundTrips, TimeSpan latency, string note)
    {
        TimeSpan bound = latency * roundTrips;
        return new Figure(name, $"{elapsed.TotalMilliseconds:0} ms", $"{bound.TotalMilliseconds:0} ms ({roundTrips} round trips)",
            elapsed.TotalMilliseconds / bound.TotalMilliseconds, note);
    }
}
