using System;
using System.Net.Http.Headers;

namespace PelotonPS.Http
{
    /// <summary>
    /// How long to wait before the next attempt: the server's Retry-After when it sent one (seconds or a date),
    /// otherwise exponential backoff with full jitter; both capped.
    /// </summary>
    internal static class RetryDelay
    {
        [ThreadStatic]
        private static Random? random;

        public static TimeSpan For(int failedAttempt, TimeSpan? retryAfter, HttpSettings settings)
        {
            if (retryAfter.HasValue)
            {
                return Cap(retryAfter.Value < TimeSpan.Zero ? TimeSpan.Zero : retryAfter.Value, settings);
            }

            double ceilingMs = settings.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failedAttempt - 1));
            random ??= new Random(Guid.NewGuid().GetHashCode());
            // Half fixed, half random: spreads concurrent clients apart without ever retrying at once.
            double delayMs = (ceilingMs / 2) + (random.NextDouble() * ceilingMs / 2);
            return Cap(TimeSpan.FromMilliseconds(delayMs), settings);
        }

        /// <summary>Reads Retry-After as delta seconds or as an HTTP date; null when absent.</summary>
        public static TimeSpan? ParseRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
        {
            if (header is null)
            {
                return null;
            }

            if (header.Delta.HasValue)
            {
                return header.Delta.Value;
            }

            return header.Date.HasValue ? header.Date.Value - now : null;
        }

        /// <summary>"250 ms" or "2.5 s", for retry notices.</summary>
        public static string Describe(TimeSpan delay)
            => delay < TimeSpan.FromSeconds(1)
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:0} ms", delay.TotalMilliseconds)
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:0.#} s", delay.TotalSeconds);

        private static TimeSpan Cap(TimeSpan delay, HttpSettings settings)
            => delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;
    }
}
