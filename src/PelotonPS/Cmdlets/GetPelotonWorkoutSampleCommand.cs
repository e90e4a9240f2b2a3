using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Writes one flat row per time point of workouts' performance data: the per-second table.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonWorkoutSample")]
    [OutputType(typeof(WorkoutSample))]
    public sealed class GetPelotonWorkoutSampleCommand : PelotonPerWorkoutCmdletBase<List<WorkoutSample>>
    {
        /// <summary>The sampling step in seconds (default 1: every second).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int EveryN { get; set; } = 1;

        internal override void Emit(List<WorkoutSample> result) => WriteObject(result, enumerateCollection: true);

        internal override Task<List<WorkoutSample>> FetchAsync(string workoutId, CancellationToken cancellationToken)
            => ActiveSession.Workouts.GetSamplesAsync(workoutId, EveryN, Log, cancellationToken);

        internal override object ReadOffline(string workoutId) => Archive.GetSamples(workoutId, EveryN);
    }
}
