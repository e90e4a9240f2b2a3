using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Errors;
using PelotonPS.Persistence;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>
    /// Closes the current session (or the one given); -ClearPersisted also deletes the saved session. Not being
    /// connected is a non-terminating error, so -ErrorAction SilentlyContinue suits cleanup blocks.
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Peloton", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class DisconnectPelotonCommand : PelotonCmdletBase
    {
        /// <summary>The session to close; by default the module's current session.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public Session? Session { get; set; }

        /// <summary>Also deletes the session saved by Connect-Peloton -Persist.</summary>
        [Parameter]
        public SwitchParameter ClearPersisted { get; set; }

        protected override void Process()
        {
            if (ClearPersisted)
            {
                ClearSaved();
            }

            Session? target = Session ?? SessionRegistry.Current;
            if (target is null || !target.IsOpen)
            {
                if (!ClearPersisted)
                {
                    WriteError(new PelotonException(PelotonErrorIds.NotConnected, PelotonErrorCategory.InvalidOperation,
                        "There is no open Peloton session to disconnect.", "Nothing to do; Connect-Peloton opens a session."));
                }

                return;
            }

            if (!ShouldProcess(target.ToString(), "Disconnect from Peloton"))
            {
                return;
            }

            SessionRegistry.Clear(target);
            target.Close();
            WriteVerbose($"Disconnected {target}.");
        }

        private void ClearSaved()
        {
            foreach (ITokenStore store in TokenStores.Candidates())
            {
                if (ShouldProcess(store.Description, "Delete the saved Peloton session") && store.Delete())
                {
                    WriteVerbose($"Deleted the saved session in {store.Description}.");
                }
            }
        }
    }
}
