using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Auth
{
    /// <summary>POST /oauth/token for the three grants PelotonPS uses, each with its own reading of a refusal.</summary>
    internal sealed class TokenEndpoint
    {
        private readonly AuthTransport transport;
        private readonly Uri tokenUri;

        public TokenEndpoint(AuthTransport transport, Uri authBaseUri)
        {
            this.transport = transport;
            tokenUri = new Uri(authBaseUri, "oauth/token");
        }

        /// <summary>Flow A step 6: the authorization code and the PKCE verifier for tokens.</summary>
        public async Task<TokenSet> ExchangeCodeAsync(AuthSettings settings, string code, Pkce pkce, IPelotonLog log, CancellationToken cancellationToken)
        {
            var body = new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["client_id"] = settings.WebClientId,
                ["code_verifier"] = pkce.Verifier,
                ["code"] = code,
                ["redirect_uri"] = settings.RedirectUri,
            };
            (AuthResponse response, TokenResponseDto? tokens) = await PostAsync(body, log, cancellationToken).ConfigureAwait(false);
            ThrowIfRateLimited(response);
            return ToTokenSet(response, tokens, settings.WebClientId)
                ?? throw new LoginMechanicsException($"the code exchange answered HTTP {response.Status} ({Describe(tokens)})");
        }

        /// <summary>Flow B: the OAuth password grant with the mobile client id.</summary>
        public async Task<TokenSet> PasswordGrantAsync(AuthSettings settings, string username, string password, IPelotonLog log, CancellationToken cancellationToken)
        {
            var body = new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = settings.MobileClientId,
                ["scope"] = settings.PasswordScope,
                ["username"] = username,
                ["password"] = password,
            };
            (AuthResponse response, TokenResponseDto? tokens) = await PostAsync(body, log, cancellationToken).ConfigureAwait(false);
            ThrowIfRateLimited(response);
            // Only invalid_grant speaks of the credentials; an unknown or refused client is the flow's mechanics.
            if (tokens?.Error == "invalid_grant")
            {
                throw LoginErrors.CredentialsRejected(tokens?.ErrorDescription);
            }

            return ToTokenSet(response, tokens, settings.MobileClientId)
                ?? throw new LoginMechanicsException($"the password grant answered HTTP {response.Status} ({Describe(tokens)})");
        }

        /// <summary>The refresh grant (peloton-api.md 2.5), with the client that issued the tokens. Keeps the old refresh token when none comes back.</summary>
        public async Task<TokenSet> RefreshAsync(TokenSet current, string clientId, IPelotonLog log, CancellationToken cancellationToken)
        {
            var body = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = clientId,
                ["refresh_token"] = current.RefreshToken ?? string.Empty,
            };
            (AuthResponse response, TokenResponseDto? tokens) = await PostAsync(body, log, cancellationToken).ConfigureAwait(false);
            ThrowIfRateLimited(response);
            if (response.Status >= 500)
            {
                throw new PelotonException(PelotonErrorIds.ServiceUnavailable, PelotonErrorCategory.ResourceUnavailable,
                    $"Peloton's login server answered HTTP {response.Status} to a token refresh.", "Try again later.", "POST /oauth/token");
            }

            TokenSet? renewed = ToTokenSet(response, tokens, clientId);
            if (renewed is null)
            {
                throw LoginErrors.SessionExpired(tokens?.ErrorDescription ?? $"the refresh answered HTTP {response.Status}");
            }

            return renewed.RefreshToken is null ? new TokenSet(renewed.AccessToken, current.RefreshToken, renewed.ExpiresAt, clientId) : renewed;
        }

        private static TokenSet? ToTokenSet(AuthResponse response, TokenResponseDto? tokens, string clientId)
        {
            if (response.Status != 200 || string.IsNullOrEmpty(tokens?.AccessToken))
            {
                return null;
            }

            DateTimeOffset? expiresAt = tokens!.ExpiresIn is > 0
                ? DateTimeOffset.UtcNow.AddSeconds(tokens.ExpiresIn.Value)
                : JwtExpiry.TryRead(tokens.AccessToken!);
            return new TokenSet(tokens.AccessToken!, string.IsNullOrEmpty(tokens.RefreshToken) ? null : tokens.RefreshToken, expiresAt, clientId);
        }

        private static void ThrowIfRateLimited(AuthResponse response)
        {
            if (response.Status == 429)
            {
                throw LoginErrors.RateLimited(response.RetryAfter);
            }
        }

        private static string Describe(TokenResponseDto? tokens)
            => tokens?.Error is null ? "no tokens" : $"{tokens.Error}: {tokens.ErrorDescription}";

        private async Task<(AuthResponse Response, TokenResponseDto? Tokens)> PostAsync(Dictionary<string, string> body, IPelotonLog log, CancellationToken cancellationToken)
        {
            AuthResponse response = await transport.PostJsonAsync(tokenUri, body, null, log, cancellationToken).ConfigureAwait(false);
            try
            {
                return (response, response.Body.Length == 0 ? null : PelotonJson.Deserialize<TokenResponseDto>(response.Body));
            }
            catch (JsonException)
            {
                return (response, null); // an HTML error page: the callers judge by the status
            }
        }
    }
}
