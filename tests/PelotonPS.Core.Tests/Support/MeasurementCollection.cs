namespace PelotonPS.Core.Tests.Support;

/// <summary>Tests that measure the process (memory) run alone, after the parallel ones, so others' allocations don't count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasurementCollection
{
    public const string Name = "Process measurements";
}
