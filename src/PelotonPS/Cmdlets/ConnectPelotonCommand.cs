using System;
using System.Management.Automation;
using System.Security;
using PelotonPS.Auth;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Signs in to Peloton and makes the session the module's current one.</summary>
    [Cmdlet(VerbsCommunications.Connect, "Peloton", DefaultParameterSetName = AutomaticSet)]
    [OutputType(typeof(Session))]
    public sealed class ConnectPelotonCommand : PelotonCmdletBase
    {
        private const string AutomaticSet = "Automatic";
        private const string TokenSet = "Token";

        /// <summary>An access token, e.g. copied from a signed-in browser.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
        [ValidateNotNull]
        public SecureString? AccessToken { get; set; }

        /// <summary>The refresh token that came with the access token, so the session can renew itself.</summary>
        [Parameter(ParameterSetName = TokenSet)]
        public SecureString? RefreshToken { get; set; }

        /// <summary>The data API's address; default https://api.onepeloton.com or PELOTONPS_API_BASE_URI.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? ApiBaseUri { get; set; }

        /// <summary>The login server's address; default https://auth.onepeloton.com or PELOTONPS_AUTH_BASE_URI.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? AuthBaseUri { get; set; }

        /// <summary>Writes the new session to the pipeline, for use with -Session.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            PelotonEndpoints endpoints = PelotonEndpoints.Resolve(ApiBaseUri, AuthBaseUri);
            (TokenSet tokens, AuthFlow flow) = ChooseTokens();
            Session session = Run(ct => SessionConnector.ConnectWithTokenAsync(endpoints, tokens, flow, new HttpSettings(), Log, ct));
            SessionRegistry.SetCurrent(session);
            if (PassThru)
            {
                WriteObject(session);
            }
        }

        private (TokenSet Tokens, AuthFlow Flow) ChooseTokens()
        {
            if (ParameterSetName == TokenSet)
            {
                return (SessionConnector.TokenSetFromAccessToken(SecretText.From(AccessToken)!, SecretText.From(RefreshToken), null), AuthFlow.Token);
            }

            string? environmentToken = PelotonEnvironment.Get(PelotonEnvironment.AccessToken);
            if (environmentToken is not null)
            {
                WriteVerbose($"Using the access token in {PelotonEnvironment.AccessToken}.");
                return (SessionConnector.TokenSetFromAccessToken(environmentToken, PelotonEnvironment.Get(PelotonEnvironment.RefreshToken), null), AuthFlow.Token);
            }

            throw new PelotonException(PelotonErrorIds.NotConnected, PelotonErrorCategory.AuthenticationError,
                "No access token was given and none is set in PELOTONPS_ACCESS_TOKEN.",
                "Run Connect-Peloton -AccessToken (Read-Host -AsSecureString), or set PELOTONPS_ACCESS_TOKEN.");
        }
    }
}
