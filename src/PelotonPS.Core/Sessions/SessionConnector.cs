using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Auth;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json.Dtos;
using PelotonPS.Persistence;

namespace PelotonPS.Sessions
{
    /// <summary>
    /// Opens sessions from a token, a credential or a saved session. Every path checks the token against
    /// /api/me, which also tells who the user is, and wires renewal (refresh, or signing in again with a
    /// credential given in this process) and saving (-Persist).
    /// </summary>
    internal static class SessionConnector
    {
        public static Task<Session> ConnectWithTokensAsync(ConnectContext context, TokenSet tokens, AuthFlow flow, IPelotonLog log, CancellationToken cancellationToken)
            => OpenAsync(context, new TokenManager(tokens, Refresher(context)), flow, log, cancellationToken);

        public static async Task<Session> ConnectWithCredentialAsync(ConnectContext context, NetworkCredential credential, LoginFlow choice,
            IPelotonLog log, CancellationToken cancellationToken)
        {
            (TokenSet tokens, AuthFlow flow) = await LoginCoordinator.LoginAsync(choice, context.Endpoints.AuthBaseUri, context.Auth, credential,
                context.LoginTimeout, log, cancellationToken).ConfigureAwait(false);
            // If the refresh token is ever refused, sign in once more with the same flow instead of failing.
            LoginFlow again = flow == AuthFlow.Password ? LoginFlow.Password : LoginFlow.Web;
            var tokenManager = new TokenManager(tokens, Refresher(context), async (innerLog, ct) =>
                (await LoginCoordinator.LoginAsync(again, context.Endpoints.AuthBaseUri, context.Auth, credential, context.LoginTimeout, innerLog, ct).ConfigureAwait(false)).Tokens);
            return await OpenAsync(context, tokenManager, flow, log, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Reopens a saved session; a saved session Peloton no longer accepts is deleted.</summary>
        public static async Task<Session> ResumeAsync(ConnectContext context, PersistedSession saved, IPelotonLog log, CancellationToken cancellationToken)
        {
            var tokens = new TokenSet(saved.AccessToken!, saved.RefreshToken, saved.ExpiresAt is > 0 ? DateTimeOffset.FromUnixTimeSeconds(saved.ExpiresAt.Value) : null, saved.ClientId);
            AuthFlow flow = Enum.TryParse(saved.AuthFlow, out AuthFlow parsed) ? parsed : AuthFlow.Token;
            try
            {
                return await ConnectWithTokensAsync(context, tokens, flow, log, cancellationToken).ConfigureAwait(false);
            }
            catch (PelotonException ex) when (ex.Category == PelotonErrorCategory.AuthenticationError)
            {
                context.Store?.Delete();
                throw new PelotonException(PelotonErrorIds.SessionExpired, PelotonErrorCategory.AuthenticationError,
                    $"The saved Peloton session is no longer valid ({ex.Message}); it has been removed.",
                    "Run Connect-Peloton -Credential (or -AccessToken) -Persist to sign in and save a new session.", context.Store?.Description, ex);
            }
        }

        public static TokenSet TokenSetFromAccessToken(string? accessToken, string? refreshToken, string? clientId)
            => string.IsNullOrWhiteSpace(accessToken)
                ? throw new PelotonException(PelotonErrorIds.InvalidArgument, PelotonErrorCategory.InvalidArgument,
                    "The access token is empty.", "Pass the token copied from the browser's Authorization header (what follows 'Bearer ').", "AccessToken")
                : new(accessToken!.Trim(), string.IsNullOrWhiteSpace(refreshToken) ? null : refreshToken!.Trim(), JwtExpiry.TryRead(accessToken.Trim()), clientId);

        private static Func<TokenSet, IPelotonLog, CancellationToken, Task<TokenSet>> Refresher(ConnectContext context)
            => async (current, log, ct) =>
            {
                using var http = HttpClientFactory.Create();
                var endpoint = new TokenEndpoint(new AuthTransport(http, context.LoginTimeout), context.Endpoints.AuthBaseUri);
                return await endpoint.RefreshAsync(current, current.ClientId ?? context.Auth.WebClientId, log, ct).ConfigureAwait(false);
            };

        private static async Task<Session> OpenAsync(ConnectContext context, TokenManager tokens, AuthFlow flow, IPelotonLog log, CancellationToken cancellationToken)
        {
            var http = new PelotonHttpClient(context.Endpoints.ApiBaseUri, tokens, context.Http);
            try
            {
                log.Verbose($"Checking the access token with {context.Endpoints.ApiBaseUri}api/me.");
                MeDto me = await new Api.PelotonApi(http).GetMeAsync(log, cancellationToken).ConfigureAwait(false);
                if (string.IsNullOrEmpty(me.Id))
                {
                    throw new PelotonException(PelotonErrorIds.ResponseInvalid, PelotonErrorCategory.InvalidResult,
                        "Peloton's answer to GET /api/me carried no user id.",
                        "Try again. If it keeps happening, Peloton may have changed its API: report it with the -Verbose output.", "GET /api/me");
                }

                var session = new Session(me.Id!, me.Username, context.Endpoints.ApiBaseUri, context.Endpoints.AuthBaseUri, flow, tokens, http);
                if (context.Store is not null)
                {
                    Persist(context.Store, session, tokens.Current);
                    tokens.Renewed += (renewed, renewalLog) => SaveRenewal(context.Store, session, renewed, renewalLog);
                    log.Verbose($"Saved the session to {context.Store.Description}.");
                }

                log.Verbose($"Connected to Peloton as {me.Username ?? me.Id}.");
                return session;
            }
            catch
            {
                http.Dispose();
                throw;
            }
        }

        private static void Persist(ITokenStore store, Session session, TokenSet tokens)
        {
            store.Save(new PersistedSession
            {
                AccessToken = tokens.AccessToken,
                RefreshToken = tokens.RefreshToken,
                ExpiresAt = tokens.ExpiresAt?.ToUnixTimeSeconds(),
                ClientId = tokens.ClientId,
                UserId = session.UserId,
                Username = session.Username,
                ApiBaseUri = session.ApiBaseUri.AbsoluteUri,
                AuthBaseUri = session.AuthBaseUri.AbsoluteUri,
                AuthFlow = session.AuthFlow.ToString(),
                SavedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            });
            session.Persisted = true;
        }

        private static void SaveRenewal(ITokenStore store, Session session, TokenSet renewed, IPelotonLog log)
        {
            try
            {
                Persist(store, session, renewed);
            }
            catch (Exception ex)
            {
                // A save that fails must not fail the renewal: the session goes on, only the next resume may need a sign-in.
                log.Warning($"The renewed session could not be saved to {store.Description} ({ex.Message}); the next Connect-Peloton may need to sign in again.");
            }
        }
    }
}
