namespace FakePeloton.Faults;

/// <summary>The faults FakeFaults.FailNext queued, each for a number of matching requests; thread-safe.</summary>
internal sealed class QueuedFaults
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public void Add(FakeFaultKind kind, int count, Func<RecordedRequest, bool>? where)
    {
        lock (_gate)
        {
            _entries.Add(new Entry(kind, where) { Left = count });
        }
    }

    /// <summary>The oldest queued fault that matches <paramref name="request"/>, used up by one; null when none does.</summary>
    /// <param name="inScope">The filter of entries queued without their own.</param>
    public FakeFaultKind? Take(RecordedRequest request, Func<RecordedRequest, bool> inScope)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => (e.Where ?? inScope)(request));
            if (entry is null)
            {
                return null;
            }

            if (--entry.Left == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Kind;
        }
    }

    private sealed record Entry(FakeFaultKind Kind, Func<RecordedRequest, bool>? Where)
    {
        public int Left { get; set; }
    }
}
