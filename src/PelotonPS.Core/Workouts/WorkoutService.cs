using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Api;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Workouts
{
    /// <summary>One workout's detail, graph, samples and movements, each fetched and mapped, with 404 meaning "no such workout".</summary>
    internal sealed class WorkoutService
    {
        /// <summary>every_n for summaries only: the totals do not depend on it, and a large step keeps the body small.</summary>
        public const int SummaryEveryN = 3600;

        private readonly PelotonApi api;

        public WorkoutService(PelotonApi api)
        {
            this.api = api;
        }

        public async Task<Workout> GetWorkoutAsync(string workoutId, bool includeSummary, IPelotonLog log, CancellationToken cancellationToken)
        {
            WorkoutDto dto = await api.GetWorkoutAsync(workoutId, log, cancellationToken).OnNotFound(ex => WorkoutNotFound(workoutId, ex)).ConfigureAwait(false);
            Workout workout = WorkoutMapper.Map(dto);
            return includeSummary ? await AddSummaryAsync(workout, log, cancellationToken).ConfigureAwait(false) : workout;
        }

        /// <summary>Fills the workout's totals from its performance graph.</summary>
        public async Task<Workout> AddSummaryAsync(Workout workout, IPelotonLog log, CancellationToken cancellationToken)
        {
            PerformanceGraph graph = await GetPerformanceGraphAsync(workout.WorkoutId, SummaryEveryN, log, cancellationToken).ConfigureAwait(false);
            workout.CopyTotalsFrom(graph);
            return workout;
        }

        public async Task<PerformanceGraph> GetPerformanceGraphAsync(string workoutId, int everyN, IPelotonLog log, CancellationToken cancellationToken)
        {
            PerformanceGraphDto dto = await api.GetPerformanceGraphAsync(workoutId, everyN, log, cancellationToken).OnNotFound(ex => WorkoutNotFound(workoutId, ex)).ConfigureAwait(false);
            return PerformanceGraphMapper.Map(workoutId, everyN, dto);
        }

        public async Task<List<WorkoutSample>> GetSamplesAsync(string workoutId, int everyN, IPelotonLog log, CancellationToken cancellationToken)
        {
            PerformanceGraphDto dto = await api.GetPerformanceGraphAsync(workoutId, everyN, log, cancellationToken).OnNotFound(ex => WorkoutNotFound(workoutId, ex)).ConfigureAwait(false);
            return new List<WorkoutSample>(WorkoutSampleMapper.Map(workoutId, everyN, dto));
        }

        public async Task<List<WorkoutMovement>> GetMovementsAsync(string workoutId, IPelotonLog log, CancellationToken cancellationToken)
        {
            WorkoutDto dto = await api.GetWorkoutAsync(workoutId, log, cancellationToken).OnNotFound(ex => WorkoutNotFound(workoutId, ex)).ConfigureAwait(false);
            return WorkoutMovementMapper.Map(workoutId, dto);
        }

        internal static PelotonException WorkoutNotFound(string workoutId, PelotonException? cause = null)
            => new(PelotonErrorIds.WorkoutNotFound, PelotonErrorCategory.ObjectNotFound,
                $"Peloton has no workout with id '{workoutId}' that this account can see.",
                "Check the id: Get-PelotonWorkout lists your workouts with their WorkoutId.", workoutId, cause);
    }
}
