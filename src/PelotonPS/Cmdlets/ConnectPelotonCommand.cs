using System;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Net;
using System.Security;
using PelotonPS.Auth;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Persistence;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>
    /// Signs in to Peloton and makes the session the module's current one: with a credential (web login, password
    /// grant as fallback), with tokens, or with nothing (PELOTONPS_ACCESS_TOKEN, the saved session, a prompt).
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Peloton", DefaultParameterSetName = AutomaticSet)]
    [OutputType(typeof(Session))]
    public sealed class ConnectPelotonCommand : PelotonCmdletBase
    {
        private const string AutomaticSet = "Automatic";
        private const string CredentialSet = "Credential";
        private const string TokenSet = "Token";

        /// <summary>The Peloton e-mail address and password; a bare user name prompts for the password.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>Auto (web login, then the password grant if the web login's mechanics fail), Web or Password.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        public LoginFlow AuthFlow { get; set; } = LoginFlow.Auto;

        /// <summary>An access token, e.g. copied from a signed-in browser.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
        [ValidateNotNull]
        public SecureString? AccessToken { get; set; }

        /// <summary>The refresh token that came with the access token, so the session can renew itself.</summary>
        [Parameter(ParameterSetName = TokenSet)]
        public SecureString? RefreshToken { get; set; }

        /// <summary>Saves the tokens (never the password) for later sessions: DPAPI on Windows, a SecretManagement vault elsewhere.</summary>
        [Parameter]
        public SwitchParameter Persist { get; set; }

        /// <summary>With -Persist on Linux or macOS without a vault: save to a file only your account can read.</summary>
        [Parameter]
        public SwitchParameter AllowUnencryptedStorage { get; set; }

        /// <summary>Overrides of the login constants (client ids, audience, scopes, redirect URI, tenant, connection, Auth0-Client).</summary>
        [Parameter]
        [ValidateNotNull]
        public AuthSettings? AuthSetting { get; set; }

        /// <summary>The data API's address; default https://api.onepeloton.com or PELOTONPS_API_BASE_URI.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? ApiBaseUri { get; set; }

        /// <summary>The login server's address; default https://auth.onepeloton.com or PELOTONPS_AUTH_BASE_URI.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? AuthBaseUri { get; set; }

        /// <summary>How long one request may take, in seconds (default 100).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSeconds { get; set; } = 100;

        /// <summary>The first retry delay in milliseconds (default 1000). Hidden: lets tests run fault scenarios quickly.</summary>
        [Parameter(DontShow = true)]
        [ValidateRange(1, 60000)]
        public int RetryBaseDelayMilliseconds { get; set; } = 1000;

        /// <summary>The longest wait before a retry, Retry-After included, in seconds (default 60). Hidden, as above.</summary>
        [Parameter(DontShow = true)]
        [ValidateRange(1, 3600)]
        public int MaxRetryDelaySeconds { get; set; } = 60;

        /// <summary>Writes the new session to the pipeline, for use with -Session.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            Session session = ParameterSetName switch
            {
                CredentialSet => SignIn(Credential!.GetNetworkCredential()),
                TokenSet => Run(ct => SessionConnector.ConnectWithTokensAsync(Context(PersistStore()), Tokens(SecretText.From(AccessToken), SecretText.From(RefreshToken)), PelotonPS.AuthFlow.Token, Log, ct)),
                _ => ConnectAutomatically(),
            };
            SessionRegistry.SetCurrent(session);
            if (PassThru)
            {
                WriteObject(session);
            }
        }

        private Session SignIn(NetworkCredential credential)
            => Run(ct => SessionConnector.ConnectWithCredentialAsync(Context(PersistStore()), credential, AuthFlow, Log, ct));

        /// <summary>No credential given: the environment's token, else the saved session, else a prompt where someone can answer.</summary>
        private Session ConnectAutomatically()
        {
            string? environmentToken = PelotonEnvironment.Get(PelotonEnvironment.AccessToken);
            if (environmentToken is not null)
            {
                WriteVerbose($"Using the access token in {PelotonEnvironment.AccessToken}.");
                return Run(ct => SessionConnector.ConnectWithTokensAsync(Context(PersistStore()),
                    Tokens(environmentToken, PelotonEnvironment.Get(PelotonEnvironment.RefreshToken)), PelotonPS.AuthFlow.Token, Log, ct));
            }

            if (LoadSaved() is { } saved)
            {
                WriteVerbose($"Resuming the session saved in {saved.Store.Description}.");
                ConnectContext context = Context(saved.Store, saved.Session.ApiBaseUri, saved.Session.AuthBaseUri);
                return Run(ct => SessionConnector.ResumeAsync(context, saved.Session, Log, ct));
            }

            PSCredential? prompted = PromptForCredential();
            if (prompted is not null)
            {
                return SignIn(prompted.GetNetworkCredential());
            }

            throw new PelotonException(PelotonErrorIds.NotConnected, PelotonErrorCategory.AuthenticationError,
                "No credential or token was given, none is set in PELOTONPS_ACCESS_TOKEN, no saved session exists, and this host cannot prompt.",
                "Run Connect-Peloton -Credential (Get-Credential) or Connect-Peloton -AccessToken (Read-Host -AsSecureString), or set PELOTONPS_ACCESS_TOKEN.");
        }

        private (ITokenStore Store, PersistedSession Session)? LoadSaved()
        {
            foreach (ITokenStore store in TokenStores.Candidates())
            {
                try
                {
                    if (store.Load() is { } session)
                    {
                        return (store, session);
                    }
                }
                catch (PelotonException ex)
                {
                    WriteWarning(ex.Message);
                }
            }

            return null;
        }

        private PSCredential? PromptForCredential()
        {
            // An unattended console (input redirected, e.g. a scheduled task) must not wait for an answer that never comes.
            if (Host.Name == "ConsoleHost" && Console.IsInputRedirected)
            {
                return null;
            }

            try
            {
                return Host.UI.PromptForCredential("Connect-Peloton", "Enter your Peloton e-mail address and password.", string.Empty, "onepeloton.com",
                    PSCredentialTypes.Generic, PSCredentialUIOptions.None);
            }
            catch (Exception ex) when (ex is HostException or NotImplementedException or PSInvalidOperationException or InvalidOperationException)
            {
                WriteVerbose($"This host cannot prompt for a credential ({ex.GetType().Name}).");
                return null;
            }
        }

        private ITokenStore? PersistStore() => Persist ? TokenStores.ForSaving(AllowUnencryptedStorage) : null;

        private ConnectContext Context(ITokenStore? store, string? savedApi = null, string? savedAuth = null)
        {
            return new ConnectContext(PelotonEndpoints.Resolve(ApiBaseUri, AuthBaseUri, savedApi, savedAuth), PelotonPS.AuthSettings.Resolve(AuthSetting),
                new HttpSettings
                {
                    RequestTimeout = TimeSpan.FromSeconds(TimeoutSeconds),
                    BaseRetryDelay = TimeSpan.FromMilliseconds(RetryBaseDelayMilliseconds),
                    MaxRetryDelay = TimeSpan.FromSeconds(MaxRetryDelaySeconds),
                }, store);
        }

        private TokenSet Tokens(string? accessToken, string? refreshToken)
            => SessionConnector.TokenSetFromAccessToken(accessToken, refreshToken, PelotonPS.AuthSettings.Resolve(AuthSetting).WebClientId);
    }
}
