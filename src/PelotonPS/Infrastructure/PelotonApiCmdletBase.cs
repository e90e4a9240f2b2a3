using System.Management.Automation;
using PelotonPS.Errors;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>A cmdlet that calls the API: takes -Session, else uses the module's current session.</summary>
    public abstract class PelotonApiCmdletBase : PelotonCmdletBase
    {
        private Session? activeSession;

        /// <summary>The session to use (from Connect-Peloton -PassThru); by default the module's current session.</summary>
        [Parameter]
        [ValidateNotNull]
        public Session? Session { get; set; }

        /// <summary>The session this invocation uses; resolved on first use so offline modes never need one.</summary>
        internal Session ActiveSession => activeSession ??= ResolveSession();

        private Session ResolveSession()
        {
            Session? session = Session ?? SessionRegistry.Current;
            if (session is null)
            {
                throw new PelotonException(PelotonErrorIds.NotConnected, PelotonErrorCategory.AuthenticationError,
                    "Not connected to Peloton.", "Run Connect-Peloton first, or pass a session from Connect-Peloton -PassThru to -Session.");
            }

            if (!session.IsOpen)
            {
                throw new PelotonException(PelotonErrorIds.NotConnected, PelotonErrorCategory.AuthenticationError,
                    $"The session for {session} was closed by Disconnect-Peloton.", "Run Connect-Peloton to open a new session.", session.UserId);
            }

            return session;
        }
    }
}
