using System;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Concurrency;
using PelotonPS.Errors;
using PelotonPS.Http;

namespace PelotonPS.Auth
{
    /// <summary>
    /// Holds a session's tokens and keeps them fresh: refreshes when the access token expires within five
    /// minutes and once after a 401; concurrent requests share one refresh; a rotated refresh token replaces the
    /// old one. When the refresh fails and the session came from a credential in this process, it signs in once
    /// more instead; otherwise the session has expired.
    /// </summary>
    internal sealed class TokenManager : IAccessTokenSource
    {
        public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

        private readonly object gate = new();
        private readonly Func<TokenSet, IPelotonLog, CancellationToken, Task<TokenSet>>? refresh;
        private readonly Func<IPelotonLog, CancellationToken, Task<TokenSet>>? signInAgain;
        private TokenSet tokens;
        private Task<TokenSet>? renewal;

        public TokenManager(TokenSet tokens,
            Func<TokenSet, IPelotonLog, CancellationToken, Task<TokenSet>>? refresh = null,
            Func<IPelotonLog, CancellationToken, Task<TokenSet>>? signInAgain = null)
        {
            this.tokens = tokens;
            this.refresh = refresh;
            this.signInAgain = signInAgain;
        }

        /// <summary>Raised after every renewal (on the thread that renewed), e.g. to save the new tokens.</summary>
        public event Action<TokenSet, IPelotonLog>? Renewed;

        public TokenSet Current
        {
            get { lock (gate) { return tokens; } }
        }

        public DateTimeOffset? ExpiresAt => Current.ExpiresAt;

        /// <summary>Whether a failed or expiring token can be replaced without the user.</summary>
        public bool CanRenew => (refresh is not null && Current.RefreshToken is not null) || signInAgain is not null;

        public async Task<string> GetAccessTokenAsync(IPelotonLog log, CancellationToken cancellationToken)
        {
            TokenSet current = Current;
            if (current.ExpiresAt is not { } expiresAt || expiresAt - DateTimeOffset.UtcNow > RefreshAhead || !CanRenew)
            {
                return current.AccessToken;
            }

            try
            {
                log.Verbose("The access token expires within five minutes; renewing it.");
                return (await RenewAsync(current, log, cancellationToken).ConfigureAwait(false)).AccessToken;
            }
            catch (PelotonException ex) when (expiresAt > DateTimeOffset.UtcNow && ex.Category != PelotonErrorCategory.AuthenticationError)
            {
                // Still valid for a few minutes: a passing fault of the login server need not stop this request.
                log.Warning($"Could not renew the access token yet ({ex.Message}); using the current one until it expires.");
                return current.AccessToken;
            }
        }

        public async Task<bool> RenewAfterRejectionAsync(string rejectedToken, IPelotonLog log, CancellationToken cancellationToken)
        {
            TokenSet current = Current;
            if (current.AccessToken != rejectedToken)
            {
                return true; // another request renewed it meanwhile
            }

            if (!CanRenew)
            {
                return false;
            }

            log.Verbose("Peloton rejected the access token; renewing it once.");
            await RenewAsync(current, log, cancellationToken).ConfigureAwait(false);
            return true;
        }

        private async Task<TokenSet> RenewAsync(TokenSet seen, IPelotonLog log, CancellationToken cancellationToken)
        {
            Task<TokenSet> shared;
            lock (gate)
            {
                if (!ReferenceEquals(tokens, seen))
                {
                    return tokens;
                }

                // One renewal for all concurrent callers; it is not tied to any one caller's cancellation.
                renewal ??= RenewNowAsync(seen, log);
                shared = renewal;
            }

            return await shared.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        private async Task<TokenSet> RenewNowAsync(TokenSet seen, IPelotonLog log)
        {
            try
            {
                TokenSet renewed = await RefreshOrSignInAsync(seen, log).ConfigureAwait(false);
                lock (gate)
                {
                    tokens = renewed;
                }

                Renewed?.Invoke(renewed, log); // saving first: the log may belong to a command that has ended
                log.Verbose($"Renewed the access token; it expires at {renewed.ExpiresAt?.LocalDateTime.ToString("u") ?? "an unknown time"}.");
                return renewed;
            }
            finally
            {
                lock (gate)
                {
                    renewal = null;
                }
            }
        }

        private async Task<TokenSet> RefreshOrSignInAsync(TokenSet seen, IPelotonLog log)
        {
            if (refresh is not null && seen.RefreshToken is not null)
            {
                try
                {
                    return await refresh(seen, log, CancellationToken.None).ConfigureAwait(false);
                }
                catch (PelotonException ex) when (signInAgain is not null && ex.ErrorId == PelotonErrorIds.SessionExpired)
                {
                    log.Verbose("The refresh token was refused; signing in again with the credential given to Connect-Peloton.");
                }
            }

            if (signInAgain is not null)
            {
                return await signInAgain(log, CancellationToken.None).ConfigureAwait(false);
            }

            throw LoginErrors.SessionExpired("there is no refresh token");
        }
    }
}
