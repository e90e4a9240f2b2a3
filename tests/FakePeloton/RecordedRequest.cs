namespace FakePeloton;

/// <summary>One request as the fake saw it, recorded before it was answered.</summary>
/// <param name="Method">HTTP method, e.g. GET.</param>
/// <param name="Path">The path, e.g. /api/me.</param>
/// <param name="Query">The raw query string without the leading '?'; empty when there is none.</param>
/// <param name="Headers">Request headers by lower-case name; repeated headers are joined with ", ".</param>
/// <param name="At">When the request arrived.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    DateTimeOffset At);
