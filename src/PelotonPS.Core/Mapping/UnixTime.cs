using System;

namespace PelotonPS.Mapping
{
    /// <summary>Peloton's timestamps are Unix epoch seconds; PelotonPS shows them as local DateTime values.</summary>
    internal static class UnixTime
    {
        private const long MaxSeconds = 253402300799; // 9999-12-31

        public static DateTime? ToLocal(long? seconds)
            => seconds is > 0 and <= MaxSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value).LocalDateTime : null;

        public static DateTimeOffset? ToOffset(long? seconds)
            => seconds is > 0 and <= MaxSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value) : null;
    }
}
