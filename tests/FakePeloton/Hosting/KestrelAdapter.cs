using FakePeloton.Http;
using Microsoft.AspNetCore.Http;

namespace FakePeloton.Hosting;

/// <summary>
/// The thin layer between Kestrel and the fake API function: translate the request, record it, wait the
/// configured latency (the one place it is applied), then write the answer as given.
/// </summary>
internal sealed class KestrelAdapter(FakePelotonApi api, RequestRecorder recorder, FakePelotonOptions options)
{
    public async Task ServeAsync(HttpContext context)
    {
        var request = await ReadAsync(context);
        recorder.Record(request.ToRecord());

        // Read per request, so a test holding the options can change it while the server runs.
        if (options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(options.Latency, context.RequestAborted);
        }

        await WriteAsync(context.Response, api.Handle(request), context.RequestAborted);
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

    private static async Task WriteAsync(HttpResponse http, FakeResponse response, CancellationToken cancellationToken)
    {
        http.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers.Append(name, value);
        }

        http.ContentLength = response.Body.Length;
        await http.Body.WriteAsync(response.Body, cancellationToken);
    }
}
