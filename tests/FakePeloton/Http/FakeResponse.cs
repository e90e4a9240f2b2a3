namespace FakePeloton.Http;

/// <summary>
/// What the fake API function answers. The server adapter writes it as given; later delivery faults
/// (reset connection, truncated body) belong here as extra members the adapter acts on.
/// </summary>
internal sealed record FakeResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    private static readonly KeyValuePair<string, string> JsonContentType = new("Content-Type", "application/json; charset=utf-8");

    public static FakeResponse Json(int statusCode, byte[] body) => new(statusCode, [JsonContentType], body);
}
