using System;
using System.Collections.Generic;
using System.Management.Automation;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Writes the tracked movements (reps, weight, time) of strength workouts; nothing for workouts without them.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonWorkoutMovement")]
    [OutputType(typeof(WorkoutMovement))]
    public sealed class GetPelotonWorkoutMovementCommand : PelotonWorkoutDataCmdletBase<List<WorkoutMovement>>
    {
        /// <summary>The workouts whose movements to read.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateWorkoutId]
        public string[] WorkoutId { get; set; } = Array.Empty<string>();

        internal override void Emit(List<WorkoutMovement> result) => WriteObject(result, enumerateCollection: true);

        protected override void Process()
        {
            if (IsOffline)
            {
                ReadEachOffline(WorkoutId, id => Archive.GetMovements(id));
                return;
            }

            EnqueueEach(WorkoutId, (id, ct) => ActiveSession.Workouts.GetMovementsAsync(id, Log, ct));
        }
    }
}
