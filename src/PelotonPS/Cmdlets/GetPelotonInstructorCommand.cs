using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using PelotonPS.Commands.Completers;
using PelotonPS.Commands.Infrastructure;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Lists Peloton's instructors (cached for the session), by name with wildcards or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonInstructor", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(Instructor))]
    public sealed class GetPelotonInstructorCommand : PelotonFetchCmdletBase<Instructor>
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        /// <summary>Only instructors whose name matches one of these (wildcards allowed).</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(InstructorNameCompleter))]
        public string[]? Name { get; set; }

        /// <summary>The instructors to read; classes without an instructor pipe a null InstructorId, which is skipped.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[]? InstructorId { get; set; }

        internal override void Emit(Instructor result) => WriteObject(result);

        protected override void Process()
        {
            if (ParameterSetName == ListSet)
            {
                IReadOnlyList<Instructor> all = Run(ct => ActiveSession.Catalog.GetInstructorsAsync(Log, ct));
                WriteObject(Matching(all), enumerateCollection: true);
                ReportUnmatchedNames(all);
                return;
            }

            string[] ids = (InstructorId ?? Array.Empty<string>()).Where(id => !string.IsNullOrWhiteSpace(id)).ToArray();
            if (ids.Length == 0)
            {
                WriteVerbose("Skipped an input without an InstructorId (scenic and free classes have no instructor).");
            }

            foreach (string id in ids)
            {
                string instructorId = Mapping.PelotonIds.Normalize(id);
                Enqueue(instructorId, ct => ActiveSession.Catalog.GetInstructorAsync(instructorId, Log, ct));
            }
        }

        /// <summary>A plain name that matched no one is an error, as with Get-Process -Name; a wildcard that matched no one is not.</summary>
        private void ReportUnmatchedNames(IReadOnlyList<Instructor> all)
        {
            foreach (string name in Name ?? Array.Empty<string>())
            {
                if (!WildcardPattern.ContainsWildcardCharacters(name) && !all.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    WriteError(new Errors.PelotonException(Errors.PelotonErrorIds.InstructorNotFound, Errors.PelotonErrorCategory.ObjectNotFound,
                        $"No instructor is named '{name}'.", "Get-PelotonInstructor lists every instructor; wildcards such as '*Wilpers' match parts of names.", name));
                }
            }
        }

        private IEnumerable<Instructor> Matching(IReadOnlyList<Instructor> all)
        {
            if (Name is null)
            {
                return all;
            }

            WildcardPattern[] patterns = Name.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToArray();
            return all.Where(i => i.Name is not null && patterns.Any(p => p.IsMatch(i.Name)));
        }
    }
}
