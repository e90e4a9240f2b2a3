using System;
using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Http
{
    /// <summary>
    /// After a 429, the whole session holds back until the server's Retry-After has passed, so parallel requests
    /// do not keep hammering Peloton while one of them waits.
    /// </summary>
    internal sealed class RateLimitPause
    {
        private long untilTicks;

        public void Until(DateTimeOffset moment)
        {
            long ticks = moment.UtcTicks;
            long seen;
            do
            {
                seen = Interlocked.Read(ref untilTicks);
                if (seen >= ticks)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref untilTicks, ticks, seen) != seen);
        }

        public async Task WaitAsync(IPelotonLog log, CancellationToken cancellationToken)
        {
            TimeSpan remaining;
            while ((remaining = new DateTimeOffset(Interlocked.Read(ref untilTicks), TimeSpan.Zero) - DateTimeOffset.UtcNow) > TimeSpan.Zero)
            {
                log.Debug($"Holding back {RetryDelay.Describe(remaining)} after a rate limit.");
                await Task.Delay(remaining, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
