using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace FakePeloton.Http;

/// <summary>A request as the fake API function sees it, independent of the server that received it.</summary>
internal sealed class FakeRequest(
    string method,
    string path,
    string query,
    IReadOnlyDictionary<string, string> headers,
    byte[] body,
    DateTimeOffset receivedAt)
{
    private Dictionary<string, StringValues>? _queryValues;

    public string Method { get; } = method;

    public string Path { get; } = path;

    /// <summary>Raw, without the leading '?'.</summary>
    public string Query { get; } = query;

    /// <summary>By lower-case name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    /// <summary>Empty for GET; there for the form and JSON posts of the login endpoints.</summary>
    public byte[] Body { get; } = body;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    public bool IsGet => HttpMethods.IsGet(Method);

    public string? Header(string lowerCaseName) => Headers.GetValueOrDefault(lowerCaseName);

    /// <summary>The first value of a query parameter, or null when it is absent.</summary>
    public string? QueryValue(string name)
    {
        _queryValues ??= QueryHelpers.ParseQuery(Query);
        return _queryValues.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
    }

    public RecordedRequest ToRecord() => new(Method, Path, Query, Headers, ReceivedAt);
}
