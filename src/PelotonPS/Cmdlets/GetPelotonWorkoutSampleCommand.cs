using System;
using System.Collections.Generic;
using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Writes one flat row per time point of workouts' performance data: the per-second table.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonWorkoutSample")]
    [OutputType(typeof(WorkoutSample))]
    public sealed class GetPelotonWorkoutSampleCommand : PelotonWorkoutDataCmdletBase<List<WorkoutSample>>
    {
        /// <summary>The workouts whose samples to read.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateWorkoutId]
        public string[] WorkoutId { get; set; } = Array.Empty<string>();

        /// <summary>The sampling step in seconds (default 1: every second).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int EveryN { get; set; } = 1;

        internal override void Emit(List<WorkoutSample> result) => WriteObject(result, enumerateCollection: true);

        protected override void Process()
        {
            if (IsOffline)
            {
                ReadEachOffline(WorkoutId, id => Archive.GetSamples(id, EveryN));
                return;
            }

            EnqueueEach(WorkoutId, (id, ct) => ActiveSession.Workouts.GetSamplesAsync(id, EveryN, Log, ct));
        }
    }
}
