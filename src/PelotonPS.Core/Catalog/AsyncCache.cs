using System;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Concurrency;

namespace PelotonPS.Catalog
{
    /// <summary>
    /// A value loaded once per session on first use and shared by every caller, whichever runspace: the load gets
    /// no caller's cancellation (each caller waits with its own), and a failed load is not kept.
    /// </summary>
    internal sealed class AsyncCache<T>
    {
        private readonly object gate = new();
        private Task<T>? loaded;

        public Task<T> GetAsync(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        {
            Task<T> shared;
            lock (gate)
            {
                if (loaded is null || loaded.IsFaulted || loaded.IsCanceled)
                {
                    loaded = load(CancellationToken.None);
                }

                shared = loaded;
            }

            return shared.WaitAsync(cancellationToken);
        }

        /// <summary>True when the value is already loaded (tab completion uses only what is at hand or quick to get).</summary>
        public bool TryPeek(out T value)
        {
            lock (gate)
            {
                if (loaded is { IsCompleted: true, IsFaulted: false, IsCanceled: false })
                {
                    value = loaded.Result;
                    return true;
                }
            }

            value = default!;
            return false;
        }
    }
}
