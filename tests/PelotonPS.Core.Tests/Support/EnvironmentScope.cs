using PelotonPS.Sessions;

namespace PelotonPS.Core.Tests.Support;

/// <summary>Gives the engine a private set of environment variables for the length of a test.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Func<string, string?> previous = PelotonEnvironment.Read;

    public EnvironmentScope(IReadOnlyDictionary<string, string> variables)
        => PelotonEnvironment.Read = name => variables.TryGetValue(name, out string? value) ? value : null;

    public void Dispose() => PelotonEnvironment.Read = previous;
}
