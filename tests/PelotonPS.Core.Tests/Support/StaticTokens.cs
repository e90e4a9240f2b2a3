using PelotonPS.Http;

namespace PelotonPS.Core.Tests.Support;

/// <summary>A token source with a fixed token that can optionally renew once to another.</summary>
internal sealed class StaticTokens : IAccessTokenSource
{
    private string token;
    private readonly string? renewed;

    public StaticTokens(string token, string? renewed = null)
    {
        this.token = token;
        this.renewed = renewed;
    }

    public int Renewals { get; private set; }

    public Task<string> GetAccessTokenAsync(IPelotonLog log, CancellationToken cancellationToken) => Task.FromResult(token);

    public Task<bool> RenewAfterRejectionAsync(string rejectedToken, IPelotonLog log, CancellationToken cancellationToken)
    {
        Renewals++;
        if (renewed is null)
        {
            return Task.FromResult(false);
        }

        token = renewed;
        return Task.FromResult(true);
    }
}
