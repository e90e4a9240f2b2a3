namespace FakePeloton.Faults;

/// <summary>Thread-safe counts of injected faults by kind.</summary>
internal sealed class FaultCounts
{
    private static readonly FakeFaultKind[] AllKinds = Enum.GetValues<FakeFaultKind>();
    private readonly int[] _byKind = new int[AllKinds.Length];

    public int Total => AllKinds.Sum(kind => Volatile.Read(ref _byKind[(int)kind]));

    public void Add(FakeFaultKind kind) => Interlocked.Increment(ref _byKind[(int)kind]);

    public IReadOnlyDictionary<FakeFaultKind, int> Snapshot() =>
        AllKinds.ToDictionary(kind => kind, kind => Volatile.Read(ref _byKind[(int)kind]));
}
