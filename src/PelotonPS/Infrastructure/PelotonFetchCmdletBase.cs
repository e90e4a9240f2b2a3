using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Concurrency;
using PelotonPS.Errors;
using PelotonPS.Mapping;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>
    /// A cmdlet that makes one request per pipeline input: requests run ahead in a bounded window
    /// (-ThrottleLimit) and results are written in input order. A failure about one input is a non-terminating
    /// error and the pipeline goes on; an authentication failure ends the command.
    /// </summary>
    public abstract class PelotonFetchCmdletBase<TResult> : PelotonApiCmdletBase
    {
        private FetchWindow<TResult>? window;

        /// <summary>How many requests run at once (1 to 16); default 4, or the module-wide default PELOTONPS_THROTTLE_LIMIT.</summary>
        [Parameter]
        [ValidateRange(1, Throttle.Maximum)]
        public int ThrottleLimit { get; set; }

        /// <summary>-ThrottleLimit when given, else the module-wide default.</summary>
        internal int EffectiveThrottleLimit => Throttle.Effective(ParameterSpecified(nameof(ThrottleLimit)) ? ThrottleLimit : null);

        /// <summary>Writes one result to the pipeline.</summary>
        internal abstract void Emit(TResult result);

        /// <summary>Starts a request now; writes the oldest results first whenever the window is full.</summary>
        internal void Enqueue(object target, Func<CancellationToken, Task<TResult>> fetch)
        {
            window ??= new FetchWindow<TResult>(EffectiveThrottleLimit);
            while (window.IsFull)
            {
                CompleteOldest();
            }

            window.Add(target, fetch(CancellationToken));
        }

        /// <summary>Starts one request per workout id (normalised to lowercase).</summary>
        internal void EnqueueEach(IEnumerable<string> workoutIds, Func<string, CancellationToken, Task<TResult>> fetch)
        {
            foreach (string id in workoutIds)
            {
                string workoutId = PelotonIds.Normalize(id);
                Enqueue(workoutId, ct => fetch(workoutId, ct));
            }
        }

        /// <summary>Writes everything still in the window, in order.</summary>
        internal void Drain()
        {
            while (window is { Count: > 0 })
            {
                CompleteOldest();
            }
        }

        protected override void End() => Drain();

        private void CompleteOldest()
        {
            (object target, Task<TResult> task) = window!.TakeOldest();
            TResult result;
            try
            {
                result = Run(_ => task);
            }
            catch (PelotonException ex) when (ex.Category != PelotonErrorCategory.AuthenticationError)
            {
                OnFetchFailed(target, ex);
                return;
            }

            Emit(result);
        }

        /// <summary>A request for one input failed: by default a non-terminating error, and the pipeline goes on.</summary>
        internal virtual void OnFetchFailed(object target, PelotonException error) => WriteError(error);
    }
}
