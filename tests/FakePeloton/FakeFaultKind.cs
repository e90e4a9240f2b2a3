namespace FakePeloton;

/// <summary>What a request picked by <see cref="FakeFaults"/> gets instead of its answer.</summary>
public enum FakeFaultKind
{
    /// <summary>429 with Retry-After: <see cref="FakeFaults.RetryAfterSeconds"/> and the API's error JSON.</summary>
    RateLimited429,

    /// <summary>500 with the API's error JSON.</summary>
    Error500,

    /// <summary>503 with the API's error JSON.</summary>
    Unavailable503,

    /// <summary>The connection is dropped before any byte of an answer.</summary>
    ConnectionReset,

    /// <summary>200 declaring the full Content-Length of a stand-in body; half of it is sent, then the connection closes.</summary>
    TruncatedBody,

    /// <summary>200 with Content-Length: 0.</summary>
    Empty200,
}
