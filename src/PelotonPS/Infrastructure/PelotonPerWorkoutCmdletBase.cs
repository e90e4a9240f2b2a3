using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>
    /// A cmdlet that reads one thing per workout id (its graph, samples or movements): from Peloton in a window of
    /// requests, or from the archive with -ArchivePath or -Offline.
    /// </summary>
    public abstract class PelotonPerWorkoutCmdletBase<TResult> : PelotonWorkoutDataCmdletBase<TResult>
    {
        /// <summary>The workouts to read.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateWorkoutId]
        public string[] WorkoutId { get; set; } = Array.Empty<string>();

        /// <summary>One workout's answer from Peloton.</summary>
        internal abstract Task<TResult> FetchAsync(string workoutId, CancellationToken cancellationToken);

        /// <summary>One workout's answer from the archive.</summary>
        internal abstract object ReadOffline(string workoutId);

        protected sealed override void Process()
        {
            if (IsOffline)
            {
                ReadEachOffline(WorkoutId, ReadOffline);
                return;
            }

            EnqueueEach(WorkoutId, FetchAsync);
        }
    }
}
