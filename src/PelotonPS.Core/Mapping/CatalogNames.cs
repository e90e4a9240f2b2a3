using System.Collections.Generic;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>Id-to-name tables for instructors and class types, from whatever look-up tables a response carried.</summary>
    internal sealed class CatalogNames
    {
        private readonly Dictionary<string, string> instructors;
        private readonly Dictionary<string, string> classTypes;

        public CatalogNames(IEnumerable<InstructorDto>? instructorRows = null, IEnumerable<ClassTypeDto>? classTypeRows = null)
        {
            instructors = new Dictionary<string, string>();
            classTypes = new Dictionary<string, string>();
            Add(instructorRows, classTypeRows);
        }

        public static CatalogNames None { get; } = new();

        public string? Instructor(string? id) => id is not null && instructors.TryGetValue(id, out string? name) ? name : null;

        public string? ClassType(string id) => classTypes.TryGetValue(id, out string? name) ? name : null;

        /// <summary>A copy with more class types (a details response names its own).</summary>
        public CatalogNames With(IEnumerable<ClassTypeDto>? moreClassTypes)
        {
            var copy = new CatalogNames();
            copy.Merge(this);
            copy.Add(null, moreClassTypes);
            return copy;
        }

        private void Merge(CatalogNames other)
        {
            foreach (KeyValuePair<string, string> row in other.instructors) instructors[row.Key] = row.Value;
            foreach (KeyValuePair<string, string> row in other.classTypes) classTypes[row.Key] = row.Value;
        }

        private void Add(IEnumerable<InstructorDto>? instructorRows, IEnumerable<ClassTypeDto>? classTypeRows)
        {
            foreach (InstructorDto row in instructorRows ?? new List<InstructorDto>())
            {
                if (row.Id is not null && row.Name is not null)
                {
                    instructors[row.Id] = row.Name;
                }
            }

            foreach (ClassTypeDto row in classTypeRows ?? new List<ClassTypeDto>())
            {
                if (row.Id is not null && (row.DisplayName ?? row.Name) is { } name)
                {
                    classTypes[row.Id] = name;
                }
            }
        }
    }
}
