using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Api;
using PelotonPS.Http;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Paging
{
    /// <summary>
    /// Streams a user's workout history newest first, one page of 100 at a time, applying -Since/-Until,
    /// disciplines, -Skip and -First. Holds only the ids of the last two pages: a workout added while paging
    /// shifts the list by one, so its neighbour shows up again at the start of the next page and is dropped.
    /// </summary>
    internal sealed class WorkoutLister : IDisposable
    {
        // The list is ordered by created_at; a workout's start_time can trail it by a little. Keep reading this far past -Since.
        private static readonly TimeSpan SinceMargin = TimeSpan.FromHours(6);

        private readonly PelotonApi api;
        private readonly WorkoutQuery query;
        private readonly Slice slice;
        private readonly PagePrefetcher<PageDto<WorkoutDto>> pages;
        private HashSet<string> previousPageIds = new(StringComparer.Ordinal);
        private int nextPage;
        private bool done;

        /// <summary>Lists with up to <paramref name="prefetchWindow"/> page requests at once after the first (-ThrottleLimit).</summary>
        public WorkoutLister(PelotonApi api, WorkoutQuery query, IPelotonLog log, int prefetchWindow = 1)
        {
            this.api = api;
            this.query = query;
            slice = new Slice(query.Skip, query.First, PelotonApi.MaxPageSize, canJumpPages: !query.HasFilters);
            nextPage = slice.StartPage;
            done = slice.Done;
            pages = new PagePrefetcher<PageDto<WorkoutDto>>((page, ct) => api.GetWorkoutPageAsync(query.UserId, page, log, ct), prefetchWindow);
        }

        /// <summary>The API's count of the whole history, known after the first page.</summary>
        public int? Total { get; private set; }

        public int? PageCount { get; private set; }

        /// <summary>Pages requested so far.</summary>
        public int PagesRead { get; private set; }

        /// <summary>The next workouts to emit, or null once the listing is complete.</summary>
        public async Task<IReadOnlyList<Workout>?> NextBatchAsync(CancellationToken cancellationToken)
        {
            while (!done)
            {
                PageDto<WorkoutDto> page = await pages.GetAsync(nextPage, UsefulPageCount(), fetchAhead: PagesRead > 0, cancellationToken).ConfigureAwait(false);
                PagesRead++;
                Total ??= page.Total;
                PageCount = page.PageCount ?? PageCount;
                List<Workout> batch = Take(page.Data ?? new List<WorkoutDto>());
                nextPage++;
                if (page.Data is null || page.Data.Count == 0 || page.ShowNext == false || (page.PageCount.HasValue && nextPage >= page.PageCount))
                {
                    done = true;
                }

                if (batch.Count > 0)
                {
                    return batch;
                }
            }

            pages.Dispose();
            return null;
        }

        public void Dispose() => pages.Dispose();

        /// <summary>Pages worth fetching ahead: all of them, or, for an unfiltered -First, only those that can hold the slice.</summary>
        private int? UsefulPageCount()
        {
            if (query.HasFilters || query.First == ulong.MaxValue || PageCount is null)
            {
                return PageCount;
            }

            ulong lastNeeded = (query.Skip + query.First - 1) / PelotonApi.MaxPageSize;
            return (int)Math.Min((ulong)PageCount.Value, lastNeeded + 1);
        }

        private List<Workout> Take(List<WorkoutDto> items)
        {
            var batch = new List<Workout>();
            var pageIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (WorkoutDto item in items)
            {
                if (done)
                {
                    break;
                }

                if (item.Id is null || previousPageIds.Contains(item.Id) || !pageIds.Add(item.Id))
                {
                    continue;
                }

                if (query.Since.HasValue && UnixTime.ToOffset(item.CreatedAt) is DateTimeOffset created && created < query.Since.Value - SinceMargin)
                {
                    done = true; // newest first: everything after this is older still
                    break;
                }

                Workout workout = WorkoutMapper.Map(item);
                if (!query.Matches(workout))
                {
                    continue;
                }

                if (slice.Take())
                {
                    batch.Add(workout);
                    done = slice.Done;
                }
            }

            previousPageIds = pageIds;
            return batch;
        }
    }
}
