using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Http;

namespace PelotonPS.Auth
{
    /// <summary>Runs the chosen login. Auto falls back from the web login to the password grant only when the web login's mechanics fail.</summary>
    internal static class LoginCoordinator
    {
        public static async Task<(TokenSet Tokens, AuthFlow Flow)> LoginAsync(LoginFlow choice, Uri authBaseUri, AuthSettings settings,
            NetworkCredential credential, TimeSpan timeout, IPelotonLog log, CancellationToken cancellationToken)
        {
            string? webProblem = null;
            if (choice != LoginFlow.Password)
            {
                try
                {
                    log.Verbose("Signing in with Peloton's web login.");
                    return (await WebLoginFlow.LoginAsync(authBaseUri, settings, credential, timeout, log, cancellationToken).ConfigureAwait(false), AuthFlow.Web);
                }
                catch (LoginMechanicsException ex) when (choice == LoginFlow.Auto)
                {
                    webProblem = ex.Message;
                    log.Verbose($"The web login did not work ({ex.Message}); trying the password grant with the mobile client id.");
                }
                catch (LoginMechanicsException ex)
                {
                    throw LoginErrors.FlowFailed($"the web login failed: {ex.Message}.");
                }
            }
            else
            {
                log.Verbose("Signing in with the password grant (mobile client id).");
            }

            try
            {
                return (await PasswordGrantFlow.LoginAsync(authBaseUri, settings, credential, timeout, log, cancellationToken).ConfigureAwait(false), AuthFlow.Password);
            }
            catch (LoginMechanicsException ex)
            {
                throw LoginErrors.FlowFailed(webProblem is null
                    ? $"the password grant failed: {ex.Message}."
                    : $"the web login failed ({webProblem}) and so did the password grant ({ex.Message}).");
            }
        }
    }
}
