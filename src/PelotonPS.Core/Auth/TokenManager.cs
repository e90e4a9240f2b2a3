using System;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Http;

namespace PelotonPS.Auth
{
    /// <summary>
    /// Holds a session's tokens and hands the current access token to each request.
    /// </summary>
    internal sealed class TokenManager : IAccessTokenSource
    {
        private readonly object gate = new();
        private TokenSet tokens;

        public TokenManager(TokenSet tokens)
        {
            this.tokens = tokens;
        }

        public TokenSet Current
        {
            get { lock (gate) { return tokens; } }
        }

        public DateTimeOffset? ExpiresAt => Current.ExpiresAt;

        public Task<string> GetAccessTokenAsync(IPelotonLog log, CancellationToken cancellationToken)
            => Task.FromResult(Current.AccessToken);

        public Task<bool> RenewAfterRejectionAsync(string rejectedToken, IPelotonLog log, CancellationToken cancellationToken)
            => Task.FromResult(false);
    }
}
