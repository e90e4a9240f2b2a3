using FakePeloton.Http;
using Microsoft.AspNetCore.Http;

namespace FakePeloton.Hosting;

/// <summary>
/// The thin layer between Kestrel and the fake API function: translate the request, record it, wait the
/// configured latency (the one place it is applied), then deliver the answer as given, faults included.
/// </summary>
internal sealed class KestrelAdapter(FakePelotonApi api, RequestRecorder recorder, FakePelotonOptions options)
{
    public async Task ServeAsync(HttpContext context)
    {
        var request = await ReadAsync(context);
        recorder.Record(request.ToRecord());

        // Read per request, so a test holding the options can change them while the server runs.
        var latency = options.Latency + (options.LatencyJitter * Random.Shared.NextDouble());
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, context.RequestAborted);
        }

        var response = api.Handle(request);
        // A stalled request is asked again once its stall is over (a test may have lengthened it meanwhile).
        while (response.HoldFor is { } hold)
        {
            await Task.Delay(hold, context.RequestAborted);
            response = api.Handle(request);
        }

        await DeliverAsync(context, response);
    }

    private static async Task<FakeRequest> ReadAsync(HttpContext context)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var http = context.Request;
        var headers = http.Headers.ToDictionary(
            header => header.Key.ToLowerInvariant(),
            header => string.Join(", ", (IEnumerable<string?>)header.Value),
            StringComparer.OrdinalIgnoreCase);

        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, context.RequestAborted);

        var query = http.QueryString.HasValue ? http.QueryString.Value![1..] : string.Empty;
        return new FakeRequest(http.Method, http.Path.Value ?? "/", query, headers, body.ToArray(), receivedAt);
    }

    private static async Task DeliverAsync(HttpContext context, FakeResponse response)
    {
        if (response.Delivery == FakeDelivery.ConnectionReset)
        {
            context.Abort();
            return;
        }

        var http = context.Response;
        http.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers.Append(name, value);
        }

        // Always the full length. Kestrel closes the connection itself when a response ends short of it, once the
        // half is sent; HttpContext.Abort() would drop the unsent half too, and the client would see a plain reset.
        http.ContentLength = response.Body.Length;
        var sent = response.Delivery == FakeDelivery.TruncatedBody ? response.Body.Length / 2 : response.Body.Length;
        await http.Body.WriteAsync(response.Body.AsMemory(0, sent), context.RequestAborted);
    }
}
