using System;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Auth;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Sessions
{
    /// <summary>Opens sessions: checks the token against /api/me, which also tells who the user is.</summary>
    internal static class SessionConnector
    {
        public static async Task<Session> ConnectWithTokenAsync(PelotonEndpoints endpoints, TokenSet tokens, AuthFlow flow,
            HttpSettings settings, IPelotonLog log, CancellationToken cancellationToken)
        {
            var tokenManager = new TokenManager(tokens);
            var http = new PelotonHttpClient(endpoints.ApiBaseUri, tokenManager, settings);
            try
            {
                var probe = new Api.PelotonApi(http);
                log.Verbose($"Checking the access token with {endpoints.ApiBaseUri}api/me.");
                MeDto me = await probe.GetMeAsync(log, cancellationToken).ConfigureAwait(false);
                if (string.IsNullOrEmpty(me.Id))
                {
                    throw new PelotonException(PelotonErrorIds.ResponseInvalid, PelotonErrorCategory.InvalidResult,
                        "Peloton's answer to GET /api/me carried no user id.",
                        "Try again. If it keeps happening, Peloton may have changed its API: report it with the -Verbose output.", "GET /api/me");
                }

                log.Verbose($"Connected to Peloton as {me.Username ?? me.Id}.");
                return new Session(me.Id!, me.Username, endpoints.ApiBaseUri, endpoints.AuthBaseUri, flow, tokenManager, http);
            }
            catch
            {
                http.Dispose();
                throw;
            }
        }

        public static TokenSet TokenSetFromAccessToken(string accessToken, string? refreshToken, string? clientId)
            => new(accessToken, refreshToken, JwtExpiry.TryRead(accessToken), clientId);
    }
}
