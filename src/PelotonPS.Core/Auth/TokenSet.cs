using System;

namespace PelotonPS.Auth
{
    /// <summary>The secrets of a session. Never printed: ToString hides them, and nothing public exposes this type.</summary>
    internal sealed class TokenSet
    {
        public TokenSet(string accessToken, string? refreshToken, DateTimeOffset? expiresAt, string? clientId)
        {
            AccessToken = accessToken;
            RefreshToken = refreshToken;
            ExpiresAt = expiresAt;
            ClientId = clientId;
        }

        public string AccessToken { get; }

        public string? RefreshToken { get; }

        /// <summary>When the access token stops working, from expires_in or the JWT's exp claim; null when unknown.</summary>
        public DateTimeOffset? ExpiresAt { get; }

        /// <summary>The OAuth client that issued the tokens; a refresh must use the same one.</summary>
        public string? ClientId { get; }

        public override string ToString() => "TokenSet (secrets hidden)";
    }
}
