using System;
using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Reads workouts' performance graphs: totals, averages, segments, metrics, zones, splits, targets, muscle groups.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonPerformanceGraph")]
    [OutputType(typeof(PerformanceGraph))]
    public sealed class GetPelotonPerformanceGraphCommand : PelotonWorkoutDataCmdletBase<PerformanceGraph>
    {
        /// <summary>The workouts whose graphs to read.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateWorkoutId]
        public string[] WorkoutId { get; set; } = Array.Empty<string>();

        /// <summary>The sampling step in seconds (default 5, as Peloton's web app uses).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int EveryN { get; set; } = 5;

        internal override void Emit(PerformanceGraph result) => WriteObject(result);

        protected override void Process()
        {
            if (IsOffline)
            {
                ReadEachOffline(WorkoutId, id => Archive.GetPerformanceGraph(id));
                return;
            }

            EnqueueEach(WorkoutId, (id, ct) => ActiveSession.Workouts.GetPerformanceGraphAsync(id, EveryN, Log, ct));
        }
    }
}
