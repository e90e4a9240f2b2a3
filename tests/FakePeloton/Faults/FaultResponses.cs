using System.Globalization;
using System.Text.Json;
using FakePeloton.Http;

namespace FakePeloton.Faults;

/// <summary>The answer each <see cref="FakeFaultKind"/> stands for. None needs the real answer, so no route runs.</summary>
internal static class FaultResponses
{
    private static readonly FakeResponse InternalError = Error(500, "Internal Server Error");

    private static readonly FakeResponse Unavailable = Error(503, "Service Unavailable");

    private static readonly FakeResponse Reset = FakeResponse.Json(200, []) with { Delivery = FakeDelivery.ConnectionReset };

    /// <summary>The real answer is never built, so a stand-in of a few KB is what gets cut in half.</summary>
    private static readonly FakeResponse Truncated = FakeResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(new
    {
        data = Enumerable.Range(0, 64).Select(i => new { id = i.ToString("x32", CultureInfo.InvariantCulture) }),
    })) with { Delivery = FakeDelivery.TruncatedBody };

    private static readonly FakeResponse Empty = FakeResponse.Json(200, []);

    public static FakeResponse For(FakeFaultKind kind, int retryAfterSeconds) => kind switch
    {
        FakeFaultKind.RateLimited429 => RateLimited(retryAfterSeconds),
        FakeFaultKind.Error500 => InternalError,
        FakeFaultKind.Unavailable503 => Unavailable,
        FakeFaultKind.ConnectionReset => Reset,
        FakeFaultKind.TruncatedBody => Truncated,
        FakeFaultKind.Empty200 => Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static FakeResponse RateLimited(int retryAfterSeconds)
    {
        var response = Error(429, "Too Many Requests");
        return response with { Headers = [.. response.Headers, new("Retry-After", retryAfterSeconds.ToString(CultureInfo.InvariantCulture))] };
    }

    /// <summary>The API's error shape (peloton-api.md 5.1); the codes of these answers are unknown, so null.</summary>
    private static FakeResponse Error(int status, string message) => FakeResponse.Json(status, JsonSerializer.SerializeToUtf8Bytes(new
    {
        status,
        error_code = (int?)null,
        subcode = (int?)null,
        message,
        details = (object?)null,
    }));
}
