using System.Collections.Concurrent;
using System.Threading;
using PelotonPS.Http;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>
    /// Collects the engine's messages from any thread; the cmdlet writes them to its streams from the pipeline
    /// thread (PowerShell allows Write* calls only there).
    /// </summary>
    internal sealed class CmdletLog : IPelotonLog
    {
        private readonly ConcurrentQueue<(MessageKind Kind, string Text)> messages = new();

        public enum MessageKind
        {
            Verbose,
            Debug,
            Warning,
        }

        /// <summary>Signalled whenever a message arrives, so the pipeline thread can wake and write it.</summary>
        public AutoResetEvent MessageArrived { get; } = new(false);

        public void Verbose(string message) => Add(MessageKind.Verbose, message);

        public void Debug(string message) => Add(MessageKind.Debug, message);

        public void Warning(string message) => Add(MessageKind.Warning, message);

        public bool TryTake(out (MessageKind Kind, string Text) message) => messages.TryDequeue(out message);

        private void Add(MessageKind kind, string text)
        {
            messages.Enqueue((kind, text));
            try
            {
                MessageArrived.Set();
            }
            catch (System.ObjectDisposedException)
            {
                // Work shared with other commands (a token renewal) can outlive this cmdlet; its messages are dropped.
            }
        }
    }
}
