using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PelotonPS
{
    /// <summary>
    /// A read-only list whose text is its items' text joined by "; ", so a list-valued property exports to CSV as
    /// readable values instead of a .NET type name.
    /// </summary>
    public sealed class ReadableList<T> : ReadOnlyCollection<T>
    {
        internal ReadableList(IList<T> items)
            : base(items)
        {
        }

        internal static ReadableList<T> Empty { get; } = new(new List<T>());

        public override string ToString() => string.Join("; ", this.Select(item => item?.ToString()));
    }

    internal static class ReadableList
    {
        public static ReadableList<T> From<T>(IEnumerable<T>? items) => items is null ? ReadableList<T>.Empty : new ReadableList<T>(items.ToList());
    }
}
