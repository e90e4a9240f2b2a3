using System;
using System.Globalization;
using PelotonPS.Errors;

namespace PelotonPS.Auth
{
    /// <summary>The errors of signing in and renewing, with what the user can do about each. Never a secret in them.</summary>
    internal static class LoginErrors
    {
        public static PelotonException CredentialsRejected(string? detail)
            => new(PelotonErrorIds.LoginFailed, PelotonErrorCategory.AuthenticationError,
                "Peloton rejected the e-mail address or password" + (string.IsNullOrEmpty(detail) ? "." : $": {detail}"),
                "Check the e-mail address and password, then run Connect-Peloton again. PelotonPS does not retry a rejected password by itself, because repeated failures can lock the account.");

        public static PelotonException RateLimited(TimeSpan? retryAfter)
            => new(PelotonErrorIds.RateLimited, PelotonErrorCategory.LimitsExceeded,
                "Peloton's login server is refusing more attempts for now (HTTP 429)"
                + (retryAfter.HasValue ? string.Format(CultureInfo.InvariantCulture, "; it asks to wait {0:0} seconds.", retryAfter.Value.TotalSeconds) : "."),
                "Wait before signing in again, or connect with a token copied from a signed-in browser: Connect-Peloton -AccessToken (Read-Host -AsSecureString).");

        public static PelotonException FlowFailed(string what)
            => new(PelotonErrorIds.LoginFlowFailed, PelotonErrorCategory.ProtocolError,
                $"Signing in to Peloton did not work: {what} Peloton may have changed its login.",
                "Connect with a token copied from a signed-in browser (Connect-Peloton -AccessToken), or override the login constants with -AuthSetting; see about_PelotonPS.");

        public static PelotonException SessionExpired(string? detail)
            => new(PelotonErrorIds.SessionExpired, PelotonErrorCategory.AuthenticationError,
                "The Peloton session has expired and could not be renewed" + (string.IsNullOrEmpty(detail) ? "." : $": {detail}"),
                "Run Connect-Peloton again with -Credential, or with a fresh -AccessToken and -RefreshToken. For unattended scripts, keep the credential in SecretManagement and connect with it each run.");
    }
}
