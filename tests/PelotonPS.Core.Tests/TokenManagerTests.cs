using PelotonPS.Auth;
using PelotonPS.Core.Tests.Support;
using PelotonPS.Errors;
using PelotonPS.Http;

namespace PelotonPS.Core.Tests;

/// <summary>When and how the token manager renews: ahead of expiry, after a 401, shared, rotated, or not at all.</summary>
public sealed class TokenManagerTests
{
    private readonly RecordingLog log = new();
    private int refreshes;

    private static TokenSet Tokens(string access, string? refresh, TimeSpan? expiresIn)
        => new(access, refresh, expiresIn.HasValue ? DateTimeOffset.UtcNow + expiresIn.Value : null, "web");

    private Func<TokenSet, IPelotonLog, CancellationToken, Task<TokenSet>> Refresher(string? rotatedRefresh = null, TimeSpan? delay = null, bool fail = false)
        => async (current, _, _) =>
        {
            Interlocked.Increment(ref refreshes);
            if (delay.HasValue)
            {
                await Task.Delay(delay.Value);
            }

            if (fail)
            {
                throw LoginErrors.SessionExpired("Unknown or invalid refresh token.");
            }

            return new TokenSet("access-" + refreshes, rotatedRefresh ?? current.RefreshToken, DateTimeOffset.UtcNow.AddHours(48), current.ClientId);
        };

    [Fact]
    public async Task ATokenFarFromExpiryIsUsedAsIs()
    {
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromHours(47)), Refresher());

        Assert.Equal("a0", await manager.GetAccessTokenAsync(log, default));
        Assert.Equal(0, refreshes);
    }

    [Fact]
    public async Task ATokenExpiringWithinFiveMinutesIsRenewedFirstAndTheRotatedRefreshTokenKept()
    {
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromMinutes(4)), Refresher(rotatedRefresh: "r1"));

        Assert.Equal("access-1", await manager.GetAccessTokenAsync(log, default));
        Assert.Equal("r1", manager.Current.RefreshToken);
        Assert.True(manager.Current.ExpiresAt > DateTimeOffset.UtcNow.AddHours(47));
    }

    [Fact]
    public async Task AnAbsentRotatedRefreshTokenKeepsTheOldOne()
    {
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromMinutes(1)), Refresher());

        await manager.GetAccessTokenAsync(log, default);

        Assert.Equal("r0", manager.Current.RefreshToken);
    }

    [Fact]
    public async Task AfterA401TheTokenIsRenewedOnceAndConcurrentCallersShareIt()
    {
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromHours(40)), Refresher(delay: TimeSpan.FromMilliseconds(100)));
        int renewedEvents = 0;
        manager.Renewed += (_, _) => Interlocked.Increment(ref renewedEvents);

        bool[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => manager.RenewAfterRejectionAsync("a0", log, default))));

        Assert.All(results, Assert.True);
        Assert.Equal(1, refreshes);
        Assert.Equal(1, renewedEvents);
        Assert.Equal("access-1", manager.Current.AccessToken);
        Assert.True(await manager.RenewAfterRejectionAsync("a0", log, default)); // a stale rejection: already renewed
        Assert.Equal(1, refreshes);
    }

    [Fact]
    public async Task WithoutARefreshTokenARejectedTokenCannotBeRenewed()
    {
        var manager = new TokenManager(Tokens("a0", null, null), Refresher());

        Assert.False(await manager.RenewAfterRejectionAsync("a0", log, default));
        Assert.Equal(0, refreshes);
    }

    [Fact]
    public async Task ARefusedRefreshIsPelotonSessionExpired()
    {
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromHours(40)), Refresher(fail: true));

        PelotonException error = await Assert.ThrowsAsync<PelotonException>(() => manager.RenewAfterRejectionAsync("a0", log, default));

        Assert.Equal(PelotonErrorIds.SessionExpired, error.ErrorId);
        Assert.Equal(PelotonErrorCategory.AuthenticationError, error.Category);
        Assert.Contains("Connect-Peloton", error.RecommendedAction);
    }

    [Fact]
    public async Task ARefusedRefreshSignsInAgainOnceWhenACredentialIsKnown()
    {
        int signIns = 0;
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromHours(40)), Refresher(fail: true), (_, _) =>
        {
            signIns++;
            return Task.FromResult(new TokenSet("fresh-login", "r9", DateTimeOffset.UtcNow.AddHours(48), "web"));
        });

        Assert.True(await manager.RenewAfterRejectionAsync("a0", log, default));

        Assert.Equal((1, 1, "fresh-login", "r9"), (refreshes, signIns, manager.Current.AccessToken, manager.Current.RefreshToken));
        Assert.Contains(log.Messages, m => m.Contains("signing in again"));
    }

    [Fact]
    public async Task AFailedProactiveRefreshOfAStillValidTokenFallsBackToItWithAWarning()
    {
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromMinutes(3)), async (_, _, _) =>
        {
            await Task.Yield();
            throw new PelotonException(PelotonErrorIds.ConnectionFailed, PelotonErrorCategory.ConnectionError, "network down");
        });

        Assert.Equal("a0", await manager.GetAccessTokenAsync(log, default));
        Assert.Contains(log.Messages, m => m.StartsWith("WARNING:") && m.Contains("network down"));
    }

    [Fact]
    public async Task ACancelledWaiterDoesNotCancelTheSharedRefresh()
    {
        var manager = new TokenManager(Tokens("a0", "r0", TimeSpan.FromHours(40)), Refresher(delay: TimeSpan.FromMilliseconds(200)));
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        Task<bool> impatient = manager.RenewAfterRejectionAsync("a0", log, cancelled.Token);
        Task<bool> patient = manager.RenewAfterRejectionAsync("a0", log, default);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.True(await patient);
        Assert.Equal(1, refreshes);
    }
}
