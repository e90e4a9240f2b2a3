using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Errors;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Closes the current session (or the one given); not being connected is a non-terminating error.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Peloton")]
    [OutputType(typeof(void))]
    public sealed class DisconnectPelotonCommand : PelotonCmdletBase
    {
        /// <summary>The session to close; by default the module's current session.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public Session? Session { get; set; }

        protected override void Process()
        {
            Session? target = Session ?? SessionRegistry.Current;
            if (target is null || !target.IsOpen)
            {
                WriteError(new PelotonException(PelotonErrorIds.NotConnected, PelotonErrorCategory.InvalidOperation,
                    "There is no open Peloton session to disconnect.", "Nothing to do; Connect-Peloton opens a session."));
                return;
            }

            SessionRegistry.Clear(target);
            target.Close();
            WriteVerbose($"Disconnected {target}.");
        }
    }
}
