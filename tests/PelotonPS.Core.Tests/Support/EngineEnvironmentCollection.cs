namespace PelotonPS.Core.Tests.Support;

/// <summary>Tests that replace the engine's environment seam (a static) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineEnvironmentCollection
{
    public const string Name = "Engine environment";
}
