using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Reads workouts' performance graphs: totals, averages, segments, metrics, zones, splits, targets, muscle groups.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonPerformanceGraph")]
    [OutputType(typeof(PerformanceGraph))]
    public sealed class GetPelotonPerformanceGraphCommand : PelotonPerWorkoutCmdletBase<PerformanceGraph>
    {
        /// <summary>The sampling step in seconds (default 5, as Peloton's web app uses). Offline, the graph comes at the step it was archived with.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int EveryN { get; set; } = 5;

        internal override void Emit(PerformanceGraph result) => WriteObject(result);

        internal override Task<PerformanceGraph> FetchAsync(string workoutId, CancellationToken cancellationToken)
            => ActiveSession.Workouts.GetPerformanceGraphAsync(workoutId, EveryN, Log, cancellationToken);

        internal override object ReadOffline(string workoutId) => Archive.GetPerformanceGraph(workoutId);
    }
}
