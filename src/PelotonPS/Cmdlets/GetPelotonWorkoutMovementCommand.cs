using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Writes the tracked movements (reps, weight, time) of strength workouts; nothing for workouts without them.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonWorkoutMovement")]
    [OutputType(typeof(WorkoutMovement))]
    public sealed class GetPelotonWorkoutMovementCommand : PelotonPerWorkoutCmdletBase<List<WorkoutMovement>>
    {
        internal override void Emit(List<WorkoutMovement> result) => WriteObject(result, enumerateCollection: true);

        internal override Task<List<WorkoutMovement>> FetchAsync(string workoutId, CancellationToken cancellationToken)
            => ActiveSession.Workouts.GetMovementsAsync(workoutId, Log, cancellationToken);

        internal override object ReadOffline(string workoutId) => Archive.GetMovements(workoutId);
    }
}
