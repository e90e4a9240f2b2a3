using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Api;
using PelotonPS.Http;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;
using PelotonPS.Paging;

namespace PelotonPS.Catalog
{
    /// <summary>Streams the class library page by page; instructor and class type names come from each page's own tables.</summary>
    internal sealed class ClassLister
    {
        private readonly PelotonApi api;
        private readonly string filters;
        private readonly Slice slice;
        private int nextPage;
        private bool done;

        public ClassLister(PelotonApi api, LibraryQuery query)
        {
            this.api = api;
            filters = query.ToQueryString();
            slice = new Slice(query.Skip, query.First, PelotonApi.MaxPageSize, canJumpPages: true);
            nextPage = slice.StartPage;
            done = slice.Done;
        }

        /// <summary>How many classes match, known after the first page.</summary>
        public int? Total { get; private set; }

        public int? PageCount { get; private set; }

        public int PagesRead { get; private set; }

        public async Task<IReadOnlyList<Ride>?> NextBatchAsync(IPelotonLog log, CancellationToken cancellationToken)
        {
            while (!done)
            {
                LibraryPageDto page = await api.GetLibraryPageAsync(filters, nextPage, log, cancellationToken).ConfigureAwait(false);
                PagesRead++;
                Total ??= page.Total;
                PageCount = page.PageCount ?? PageCount;
                var names = new CatalogNames(page.Instructors, page.ClassTypes);
                var batch = new List<Ride>();
                foreach (RideDto item in page.Data ?? new List<RideDto>())
                {
                    if (slice.Take())
                    {
                        batch.Add(RideMapper.Map(item, names));
                    }

                    if (slice.Done)
                    {
                        break;
                    }
                }

                nextPage++;
                done = slice.Done || page.Data is null || page.Data.Count == 0 || page.ShowNext == false
                    || (page.PageCount.HasValue && nextPage >= page.PageCount);
                if (batch.Count > 0)
                {
                    return batch;
                }
            }

            return null;
        }
    }
}
