using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Reads a member's profile: the connected user's in full, another member's public fields.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonUser", DefaultParameterSetName = MeSet)]
    [OutputType(typeof(User))]
    public sealed class GetPelotonUserCommand : PelotonApiCmdletBase
    {
        private const string MeSet = "Me";
        private const string ByIdSet = "ById";
        private const string ByNameSet = "ByName";

        /// <summary>Another member's user id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary>Another member's username (leaderboard name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByNameSet)]
        [ValidateNotNullOrEmpty]
        public string? Username { get; set; }

        protected override void Process()
        {
            string? other = UserId ?? Username;
            WriteObject(other is null || other == ActiveSession.UserId
                ? Run(ct => ActiveSession.Users.GetMeAsync(Log, ct))
                : Run(ct => ActiveSession.Users.GetUserAsync(other, Log, ct)));
        }
    }
}
