using System;
using PelotonPS.Sessions;

namespace PelotonPS
{
    /// <summary>
    /// Every constant of Peloton's login (peloton-api.md 2.1), with the documented defaults. Peloton moves them
    /// without notice, so each can be overridden: Connect-Peloton -AuthSetting @{ Tenant = '...' }, or a
    /// PELOTONPS_* environment variable (the parameter wins).
    /// </summary>
    public sealed class AuthSettings
    {
        public string WebClientId { get; set; } = "WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM";
        public string MobileClientId { get; set; } = "mgsmWCD0A8Qn6uz6mmqI6qeBNHH9IPwS";
        public string Audience { get; set; } = "https://api.onepeloton.com/";
        public string WebScope { get; set; } = "offline_access openid peloton-api.members:default";
        public string PasswordScope { get; set; } = "offline_access openid";
        public string RedirectUri { get; set; } = "https://members.onepeloton.com/callback";
        public string Tenant { get; set; } = "peloton-prod";
        public string Connection { get; set; } = "pelo-user-password";
        /// <summary>Auth0 telemetry sent as the Auth0-Client header and auth0Client query parameter.</summary>
        public string Auth0Client { get; set; } = "eyJuYW1lIjoiYXV0aDAuanMtdWxwIiwidmVyc2lvbiI6IjkuMTQuMyJ9";

        public override string ToString() => $"Tenant {Tenant}, web client {WebClientId}, mobile client {MobileClientId}";

        /// <summary>The defaults, overridden by PELOTONPS_* variables, overridden by <paramref name="overrides"/>.</summary>
        internal static AuthSettings Resolve(AuthSettings? overrides)
        {
            var defaults = new AuthSettings();
            var settings = new AuthSettings
            {
                WebClientId = Pick(overrides?.WebClientId, "PELOTONPS_WEB_CLIENT_ID", defaults.WebClientId),
                MobileClientId = Pick(overrides?.MobileClientId, "PELOTONPS_MOBILE_CLIENT_ID", defaults.MobileClientId),
                Audience = Pick(overrides?.Audience, "PELOTONPS_AUDIENCE", defaults.Audience),
                WebScope = Pick(overrides?.WebScope, "PELOTONPS_WEB_SCOPE", defaults.WebScope),
                PasswordScope = Pick(overrides?.PasswordScope, "PELOTONPS_PASSWORD_SCOPE", defaults.PasswordScope),
                RedirectUri = Pick(overrides?.RedirectUri, "PELOTONPS_REDIRECT_URI", defaults.RedirectUri),
                Tenant = Pick(overrides?.Tenant, "PELOTONPS_TENANT", defaults.Tenant),
                Connection = Pick(overrides?.Connection, "PELOTONPS_CONNECTION", defaults.Connection),
                Auth0Client = Pick(overrides?.Auth0Client, "PELOTONPS_AUTH0_CLIENT", defaults.Auth0Client),
            };
            return settings;

            // An explicit value that differs from the default wins; then the environment; then the default.
            string Pick(string? given, string variable, string fallback)
                => !string.IsNullOrWhiteSpace(given) && !string.Equals(given, fallback, StringComparison.Ordinal)
                    ? given!
                    : PelotonEnvironment.Get(variable) ?? fallback;
        }
    }
}
