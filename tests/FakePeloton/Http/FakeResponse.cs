namespace FakePeloton.Http;

/// <summary>
/// What the fake API function answers. The server adapter writes it as given, unless <see cref="Delivery"/> asks
/// for a delivery fault or <see cref="HoldFor"/> says it is not an answer yet.
/// </summary>
internal sealed record FakeResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    private static readonly KeyValuePair<string, string> JsonContentType = new("Content-Type", "application/json; charset=utf-8");

    public FakeDelivery Delivery { get; init; } = FakeDelivery.Complete;

    /// <summary>Set on a stalled request (FakeFaults.StallFor): the adapter waits this long, then asks the API again.</summary>
    public TimeSpan? HoldFor { get; init; }

    public static FakeResponse Json(int statusCode, byte[] body) => new(statusCode, [JsonContentType], body);

    /// <summary>Not an answer: it is never written, so it has no status, headers or body.</summary>
    public static FakeResponse Held(TimeSpan holdFor) => new(0, [], []) { HoldFor = holdFor };
}
