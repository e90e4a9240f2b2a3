using System;
using System.Linq;
using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Reads classes by id: from workouts, the class library or typed ids.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonRide")]
    [OutputType(typeof(Ride))]
    public sealed class GetPelotonRideCommand : PelotonFetchCmdletBase<Ride>
    {
        /// <summary>The classes to read. Workouts without a class (free rides) pipe a null RideId, which is skipped.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[]? RideId { get; set; }

        /// <summary>Also reads the playlist, the segments with their movements, and the target metrics (one more request per class).</summary>
        [Parameter]
        public SwitchParameter IncludeDetails { get; set; }

        internal override void Emit(Ride result) => WriteObject(result);

        protected override void Process()
        {
            string[] ids = (RideId ?? Array.Empty<string>()).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToArray();
            if (ids.Length == 0)
            {
                WriteVerbose("Skipped an input without a RideId (a free workout has no class).");
                return;
            }

            foreach (string id in ids)
            {
                string rideId = id.Contains("-") ? id : id.ToLowerInvariant();
                Enqueue(rideId, ct => ActiveSession.Rides.GetRideAsync(rideId, IncludeDetails, Log, ct));
            }
        }
    }
}
