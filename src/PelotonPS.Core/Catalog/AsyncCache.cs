using System;
using System.Threading.Tasks;

namespace PelotonPS.Catalog
{
    /// <summary>A value loaded once per session on first use and shared; a failed or cancelled load is not kept, so the next use tries again.</summary>
    internal sealed class AsyncCache<T>
    {
        private readonly object gate = new();
        private Task<T>? loaded;

        public Task<T> GetAsync(Func<Task<T>> load)
        {
            lock (gate)
            {
                if (loaded is null || loaded.IsFaulted || loaded.IsCanceled)
                {
                    loaded = load();
                }

                return loaded;
            }
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
