using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Writes the module's current session, or nothing when not connected.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonSession")]
    [OutputType(typeof(Session))]
    public sealed class GetPelotonSessionCommand : PelotonCmdletBase
    {
        protected override void Process()
        {
            Session? session = SessionRegistry.Current;
            if (session is not null)
            {
                WriteObject(session);
            }
        }
    }
}
