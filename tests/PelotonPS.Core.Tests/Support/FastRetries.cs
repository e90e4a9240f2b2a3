using PelotonPS.Http;

namespace PelotonPS.Core.Tests.Support;

/// <summary>The client's real retry policy with waits of milliseconds, for tests against a fake that fails.</summary>
internal static class FastRetries
{
    /// <summary>A new instance each time: HttpSettings is mutable. Retry-After (1 s in the fake) is capped to 20 ms.</summary>
    public static HttpSettings Settings() => new()
    {
        BaseRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };
}
