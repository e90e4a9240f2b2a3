using System;

namespace PelotonPS.Http
{
    /// <summary>Timeouts and retry limits for one session's HTTP client.</summary>
    internal sealed class HttpSettings
    {
        /// <summary>How long one attempt may take before it counts as a timeout.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Attempts per idempotent request, the first included.</summary>
        public int MaxAttempts { get; set; } = 4;

        /// <summary>The first backoff delay; each later one doubles, with jitter.</summary>
        public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The longest wait PelotonPS accepts from a Retry-After header, or computes itself.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);
    }
}
