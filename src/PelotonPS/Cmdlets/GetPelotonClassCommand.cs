using System;
using System.Collections.Generic;
using System.Management.Automation;
using PelotonPS.Catalog;
using PelotonPS.Commands.Completers;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Errors;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Searches Peloton's on-demand class library. Without -First or -All it returns at most 100 classes.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonClass", DefaultParameterSetName = InstructorByName, SupportsPaging = true)]
    [OutputType(typeof(Ride))]
    public sealed class GetPelotonClassCommand : PelotonApiCmdletBase
    {
        /// <summary>The default cap: the library holds tens of thousands of classes.</summary>
        private const ulong DefaultLimit = 100;
        private const string InstructorByName = "InstructorName";
        private const string InstructorById = "InstructorId";

        /// <summary>A browse category slug: cycling, strength, yoga, running, ...</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BrowseCategoryCompleter))]
        public string? Discipline { get; set; }

        /// <summary>Classes taught by the instructor with this name.</summary>
        [Parameter(ParameterSetName = InstructorByName)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstructorNameCompleter))]
        public string? Instructor { get; set; }

        /// <summary>Classes taught by the instructor with this id.</summary>
        [Parameter(ParameterSetName = InstructorById, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? InstructorId { get; set; }

        /// <summary>Class lengths in minutes, e.g. 20, 30.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateRange(1, 240)]
        public int[]? DurationMinutes { get; set; }

        /// <summary>A class type by name (Power Zone, Climb, HIIT, ...), resolved through the catalog.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ClassTypeCompleter))]
        public string? ClassType { get; set; }

        /// <summary>Free text to search titles and descriptions for.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Query { get; set; }

        /// <summary>The order (newest first by default).</summary>
        [Parameter]
        public ClassSort SortBy { get; set; } = ClassSort.OriginalAirTime;

        /// <summary>Reverses the order: oldest, least popular or easiest first.</summary>
        [Parameter]
        public SwitchParameter Ascending { get; set; }

        /// <summary>Every matching class, streamed page by page, instead of the first 100.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        protected override void Process()
        {
            bool firstGiven = ParameterSpecified("First");
            if (All && firstGiven)
            {
                throw new PelotonException(PelotonErrorIds.AllAndFirstConflict, PelotonErrorCategory.InvalidArgument,
                    "-All and -First cannot be used together: -All returns every match, -First only the first ones.", "Use one of them.");
            }

            LibraryQuery query = BuildQuery(firstGiven);
            var lister = new ClassLister(ActiveSession.Api, query);
            ulong written = 0;
            IReadOnlyList<Ride>? batch;
            while ((batch = Run(ct => lister.NextBatchAsync(Log, ct))) is not null)
            {
                WriteTotalCountOnce(lister.Total, 1.0);
                WriteObject(batch, enumerateCollection: true);
                written += (ulong)batch.Count;
            }

            WriteTotalCountOnce(lister.Total, 1.0);

            if (!All && !firstGiven && lister.Total is int total && (ulong)total > PagingParameters.Skip + written)
            {
                WriteVerbose($"Returned the first {written} of {total} matching classes. Use -All for every match, or -First and -Skip for a slice.");
            }
        }

        private LibraryQuery BuildQuery(bool firstGiven)
        {
            string? instructorId = Instructor is null ? InstructorId : Run(ct => ActiveSession.Catalog.ResolveInstructorIdAsync(Instructor, Log, ct));
            string? classTypeId = ClassType is null ? null : Run(ct => ActiveSession.Catalog.ResolveClassTypeIdAsync(ClassType, Discipline, Log, ct));
            return new LibraryQuery
            {
                BrowseCategory = Discipline,
                InstructorId = instructorId,
                DurationMinutes = DurationMinutes,
                ClassTypeId = classTypeId,
                Text = Query,
                SortBy = SortBy,
                Ascending = Ascending,
                Skip = PagingParameters.Skip,
                First = firstGiven ? PagingParameters.First : All ? ulong.MaxValue : DefaultLimit,
            };
        }

    }
}
