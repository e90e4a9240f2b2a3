using System.Collections.Concurrent;
using PelotonPS.Http;

namespace PelotonPS.Core.Tests.Support;

/// <summary>Keeps every message the engine reports, for assertions on retry notices and secrets.</summary>
internal sealed class RecordingLog : IPelotonLog
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public void Verbose(string message) => Messages.Enqueue("VERBOSE: " + message);

    public void Debug(string message) => Messages.Enqueue("DEBUG: " + message);

    public void Warning(string message) => Messages.Enqueue("WARNING: " + message);
}
