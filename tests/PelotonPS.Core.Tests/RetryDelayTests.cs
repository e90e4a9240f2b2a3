using System.Net.Http.Headers;
using PelotonPS.Http;

namespace PelotonPS.Core.Tests;

public sealed class RetryDelayTests
{
    private static readonly HttpSettings Settings = new() { BaseRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(30) };

    [Fact]
    public void RetryAfterInSecondsIsHonoured()
        => Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.For(1, RetryDelay.ParseRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), DateTimeOffset.UtcNow), Settings));

    [Fact]
    public void RetryAfterAsADateIsTheTimeUntilThatDate()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        TimeSpan? wait = RetryDelay.ParseRetryAfter(new RetryConditionHeaderValue(now.AddSeconds(12)), now);

        Assert.Equal(TimeSpan.FromSeconds(12), wait);
    }

    [Fact]
    public void RetryAfterIsCappedAndNeverNegative()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.For(1, TimeSpan.FromHours(2), Settings));
        Assert.Equal(TimeSpan.Zero, RetryDelay.For(1, TimeSpan.FromSeconds(-5), Settings));
    }

    [Fact]
    public void BackoffDoublesWithJitterWithinItsBand()
    {
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            double ceiling = Math.Pow(2, attempt - 1);
            TimeSpan delay = RetryDelay.For(attempt, null, Settings);
            Assert.InRange(delay.TotalSeconds, ceiling / 2, ceiling);
        }
    }

    [Fact]
    public void AbsentRetryAfterIsNull() => Assert.Null(RetryDelay.ParseRetryAfter(null, DateTimeOffset.UtcNow));
}
