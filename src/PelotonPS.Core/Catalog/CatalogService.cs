using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Api;
using PelotonPS.Errors;
using PelotonPS.Http;
using PelotonPS.Json.Dtos;
using PelotonPS.Mapping;

namespace PelotonPS.Catalog
{
    /// <summary>
    /// Instructors, class types and browse categories: loaded on first use and kept for the session (they
    /// change rarely), for look-ups, name resolution and tab completion.
    /// </summary>
    internal sealed class CatalogService
    {
        private readonly PelotonApi api;
        private readonly AsyncCache<IReadOnlyList<InstructorDto>> instructors = new();
        private readonly AsyncCache<MetadataMappingsDto> mappings = new();
        private readonly AsyncCache<IReadOnlyList<BrowseCategoryDto>> categories = new();

        public CatalogService(PelotonApi api)
        {
            this.api = api;
        }

        public async Task<IReadOnlyList<Instructor>> GetInstructorsAsync(IPelotonLog log, CancellationToken cancellationToken)
            => (await InstructorRowsAsync(log, cancellationToken).ConfigureAwait(false)).Select(InstructorMapper.Map).ToList();

        public async Task<Instructor> GetInstructorAsync(string instructorId, IPelotonLog log, CancellationToken cancellationToken)
        {
            if (instructors.TryPeek(out IReadOnlyList<InstructorDto> cached) && cached.FirstOrDefault(i => i.Id == instructorId) is { } known)
            {
                return InstructorMapper.Map(known);
            }

            InstructorDto dto = await api.GetInstructorAsync(instructorId, log, cancellationToken).OnNotFound(ex => new PelotonException(
                PelotonErrorIds.InstructorNotFound, PelotonErrorCategory.ObjectNotFound, $"Peloton has no instructor with id '{instructorId}'.",
                "Get-PelotonInstructor lists the instructors with their InstructorId.", instructorId, ex)).ConfigureAwait(false);
            return InstructorMapper.Map(dto);
        }

        /// <summary>The id of the instructor with this name (any case), or a unique match of a wildcard pattern.</summary>
        public async Task<string> ResolveInstructorIdAsync(string name, IPelotonLog log, CancellationToken cancellationToken)
        {
            IReadOnlyList<InstructorDto> rows = await InstructorRowsAsync(log, cancellationToken).ConfigureAwait(false);
            InstructorDto? exact = rows.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
            InstructorDto[] partial = rows.Where(i => i.Name?.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0).ToArray();
            InstructorDto? match = exact ?? (partial.Length == 1 ? partial[0] : null);
            return match?.Id ?? throw new PelotonException(PelotonErrorIds.InstructorNotFound, PelotonErrorCategory.ObjectNotFound,
                partial.Length > 1
                    ? $"'{name}' matches several instructors: {string.Join(", ", partial.Select(i => i.Name))}."
                    : $"No instructor is named '{name}'.",
                "Give the full name (Tab completes it) or use -InstructorId; Get-PelotonInstructor lists the names.", name);
        }

        /// <summary>The id of a class type by name, preferring one of <paramref name="discipline"/> when the name is shared.</summary>
        public async Task<string> ResolveClassTypeIdAsync(string name, string? discipline, IPelotonLog log, CancellationToken cancellationToken)
        {
            List<ClassTypeDto> named = (await ClassTypeRowsAsync(log, cancellationToken).ConfigureAwait(false))
                .Where(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(t.DisplayName, name, StringComparison.OrdinalIgnoreCase))
                .ToList();
            ClassTypeDto? match = named.FirstOrDefault(t => discipline is not null && string.Equals(t.FitnessDiscipline, discipline, StringComparison.OrdinalIgnoreCase))
                ?? named.FirstOrDefault();
            return match?.Id ?? throw new PelotonException(PelotonErrorIds.ClassTypeNotFound, PelotonErrorCategory.ObjectNotFound,
                $"Peloton has no class type named '{name}'.", "Tab after -ClassType lists the class types.", name);
        }

        public async Task<IReadOnlyList<ClassTypeDto>> ClassTypeRowsAsync(IPelotonLog log, CancellationToken cancellationToken)
            => (await mappings.GetAsync(ct => api.GetMetadataMappingsAsync(NullPelotonLog.Instance, ct), cancellationToken).ConfigureAwait(false)).ClassTypes ?? new List<ClassTypeDto>();

        public Task<IReadOnlyList<BrowseCategoryDto>> BrowseCategoriesAsync(IPelotonLog log, CancellationToken cancellationToken)
            => categories.GetAsync(async ct => (IReadOnlyList<BrowseCategoryDto>)((await api.GetBrowseCategoriesAsync(NullPelotonLog.Instance, ct).ConfigureAwait(false)).BrowseCategories ?? new List<BrowseCategoryDto>()), cancellationToken);

        /// <summary>Names for instructor and class type ids, from the session's tables.</summary>
        public async Task<CatalogNames> NamesAsync(IPelotonLog log, CancellationToken cancellationToken)
            => new(await InstructorRowsAsync(log, cancellationToken).ConfigureAwait(false), await ClassTypeRowsAsync(log, cancellationToken).ConfigureAwait(false));

        public Task<IReadOnlyList<InstructorDto>> InstructorRowsAsync(IPelotonLog log, CancellationToken cancellationToken)
            => instructors.GetAsync(ct => LoadAllInstructorsAsync(NullPelotonLog.Instance, ct), cancellationToken);

        private async Task<IReadOnlyList<InstructorDto>> LoadAllInstructorsAsync(IPelotonLog log, CancellationToken cancellationToken)
        {
            var all = new List<InstructorDto>();
            for (int page = 0; ; page++)
            {
                PageDto<InstructorDto> rows = await api.GetInstructorPageAsync(page, log, cancellationToken).ConfigureAwait(false);
                all.AddRange(rows.Data ?? new List<InstructorDto>());
                if (rows.Data is null || rows.Data.Count == 0 || rows.ShowNext == false || !rows.PageCount.HasValue || page + 1 >= rows.PageCount)
                {
                    return all;
                }
            }
        }
    }
}
