using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PelotonPS.Paging
{
    /// <summary>
    /// Requests pages ahead in a bounded window once the page count is known, and hands them out in order.
    /// Nothing is fetched ahead until the second page is asked for, so a consumer that stops within the first
    /// page costs one request. Pages left over when the listing stops early are cancelled.
    /// </summary>
    internal sealed class PagePrefetcher<TPage> : IDisposable
    {
        private readonly Func<int, CancellationToken, Task<TPage>> fetch;
        private readonly int window;
        private readonly Dictionary<int, Task<TPage>> started = new();
        private CancellationTokenSource? ahead;

        public PagePrefetcher(Func<int, CancellationToken, Task<TPage>> fetch, int window)
        {
            this.fetch = fetch;
            this.window = Math.Max(1, window);
        }

        /// <summary>Page <paramref name="page"/>; also starts the pages after it, up to the window and <paramref name="pageCount"/>.</summary>
        public Task<TPage> GetAsync(int page, int? pageCount, bool fetchAhead, CancellationToken cancellationToken)
        {
            ahead ??= CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (!started.TryGetValue(page, out Task<TPage>? current))
            {
                current = fetch(page, ahead.Token);
            }

            started.Remove(page);
            if (fetchAhead && pageCount.HasValue)
            {
                for (int next = page + 1; next < Math.Min(pageCount.Value, page + window); next++)
                {
                    if (!started.ContainsKey(next))
                    {
                        started[next] = Observed(fetch(next, ahead.Token));
                    }
                }
            }

            return current;
        }

        /// <summary>Cancels the pages fetched ahead that will not be read.</summary>
        public void Dispose()
        {
            ahead?.Cancel();
            ahead?.Dispose();
            ahead = null;
            started.Clear();
        }

        // A page fetched ahead and then abandoned must not surface as an unobserved exception.
        private static Task<TPage> Observed(Task<TPage> task)
        {
            _ = task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return task;
        }
    }
}
