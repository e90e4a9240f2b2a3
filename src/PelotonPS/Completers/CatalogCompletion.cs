using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Http;
using PelotonPS.Sessions;

namespace PelotonPS.Commands.Completers
{
    /// <summary>
    /// Loads completion data from the current session: cached per session, at most about two seconds per attempt
    /// (PELOTONPS_COMPLETION_TIMEOUT_MS changes it), and nothing at all when not connected. Never prompts or throws.
    /// </summary>
    internal static class CatalogCompletion
    {
        private const int DefaultTimeoutMs = 2000;

        public static T? Load<T>(Func<Session, CancellationToken, Task<T>> load)
            where T : class
        {
            Session? session = SessionRegistry.Current;
            if (session is null || !session.IsOpen)
            {
                return null;
            }

            using var timeout = new CancellationTokenSource(Timeout());
            try
            {
                Task<T> task = load(session, timeout.Token);
                return task.Wait(Timeout()) ? task.Result : null;
            }
            catch (Exception ex) when (ex is AggregateException or OperationCanceledException or Errors.PelotonException)
            {
                return null;
            }
        }

        internal static IPelotonLog Log => NullPelotonLog.Instance;

        private static TimeSpan Timeout()
            => int.TryParse(PelotonEnvironment.Get("PELOTONPS_COMPLETION_TIMEOUT_MS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int ms) && ms > 0
                ? TimeSpan.FromMilliseconds(ms)
                : TimeSpan.FromMilliseconds(DefaultTimeoutMs);
    }
}
