namespace PelotonPS.Tests.Infrastructure;

/// <summary>
/// Tests that rely on the module's process-wide current session (or on its absence) or on environment
/// variables: they run alone, after the parallel tests, so no other test's Connect-Peloton interferes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DefaultSessionCollection
{
    public const string Name = "Default session";
}
