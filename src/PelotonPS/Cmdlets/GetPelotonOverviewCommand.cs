using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Reads a member's overview (streaks, workout counts, personal records), or with -PersonalRecords the records as flat rows.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonOverview")]
    [OutputType(typeof(Overview), typeof(PersonalRecord))]
    public sealed class GetPelotonOverviewCommand : PelotonApiCmdletBase
    {
        /// <summary>Another member's user id; by default the connected user.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary>Writes one PelotonPS.PersonalRecord row per record instead of the overview, for Export-Csv.</summary>
        [Parameter]
        public SwitchParameter PersonalRecords { get; set; }

        protected override void Process()
        {
            string userId = UserId ?? ActiveSession.UserId;
            Overview overview = Run(ct => ActiveSession.Users.GetOverviewAsync(userId, Log, ct));
            if (PersonalRecords)
            {
                WriteObject(overview.PersonalRecords, enumerateCollection: true);
            }
            else
            {
                WriteObject(overview);
            }
        }
    }
}
