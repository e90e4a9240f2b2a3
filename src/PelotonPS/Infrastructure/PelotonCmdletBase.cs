using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Errors;
using PelotonPS.Http;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>
    /// What every PelotonPS cmdlet shares: a cancellation token that Ctrl+C trips, a blocking bridge to the async
    /// engine that forwards its messages live, and the translation of engine failures into ErrorRecords.
    /// Cmdlets override Begin/Process/End instead of the PowerShell methods.
    /// </summary>
    public abstract class PelotonCmdletBase : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource cancellation = new();
        private readonly CmdletLog log = new();
        private bool totalCountWritten;

        internal IPelotonLog Log => log;

        internal CancellationToken CancellationToken => cancellation.Token;

        public void Dispose()
        {
            // Requests still in flight (a window of prefetches, a terminated pipeline) stop now.
            cancellation.Cancel();
            cancellation.Dispose();
            log.MessageArrived.Dispose();
            GC.SuppressFinalize(this);
        }

        protected sealed override void BeginProcessing() => Guard(Begin);

        protected sealed override void ProcessRecord() => Guard(Process);

        protected sealed override void EndProcessing() => Guard(End);

        protected override void StopProcessing()
        {
            try
            {
                cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Ctrl+C after the command finished: nothing is left to stop.
            }
        }

        protected virtual void Begin()
        {
        }

        protected virtual void Process()
        {
        }

        protected virtual void End()
        {
        }

        /// <summary>True when the caller bound the parameter (SupportsPaging's First defaults to UInt64.MaxValue).</summary>
        protected bool ParameterSpecified(string name) => MyInvocation.BoundParameters.ContainsKey(name);

        /// <summary>
        /// With -IncludeTotalCount, writes the count object once, before the first item, as soon as the total is known.
        /// Accuracy below 1 says the total only bounds a locally filtered list.
        /// </summary>
        internal void WriteTotalCountOnce(int? total, double accuracy)
        {
            if (totalCountWritten || PagingParameters is null || !PagingParameters.IncludeTotalCount || total is null)
            {
                return;
            }

            WriteObject(PagingParameters.NewTotalCount((ulong)total.Value, accuracy));
            totalCountWritten = true;
        }

        /// <summary>Runs engine work to completion on the pipeline thread, writing its messages as they arrive.</summary>
        internal T Run<T>(Func<CancellationToken, Task<T>> work)
        {
            Task<T> task = work(CancellationToken);
            var waitHandles = new WaitHandle[] { ((IAsyncResult)task).AsyncWaitHandle, log.MessageArrived };
            while (!task.IsCompleted)
            {
                WaitHandle.WaitAny(waitHandles);
                FlushLog();
            }

            FlushLog();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>A non-terminating error: the pipeline goes on with the next input.</summary>
        internal void WriteError(PelotonException exception) => WriteError(ErrorRecords.From(exception));

        internal void ThrowTerminatingError(PelotonException exception) => ThrowTerminatingError(ErrorRecords.From(exception));

        /// <summary>Writes the engine's queued messages; Run does this itself, synchronous engine calls need it after.</summary>
        internal void FlushLog()
        {
            while (log.TryTake(out (CmdletLog.MessageKind Kind, string Text) message))
            {
                switch (message.Kind)
                {
                    case CmdletLog.MessageKind.Verbose: WriteVerbose(message.Text); break;
                    case CmdletLog.MessageKind.Debug: WriteDebug(message.Text); break;
                    default: WriteWarning(message.Text); break;
                }
            }
        }

        private void Guard(Action step)
        {
            try
            {
                step();
            }
            catch (PelotonException ex)
            {
                FlushLog();
                ThrowTerminatingError(ex);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception ex) when (ex is not PipelineStoppedException and not RuntimeException and not PipelineClosedException)
            {
                // A bug of ours: still an ErrorRecord with a stable id, not a raw exception.
                ThrowTerminatingError(new PelotonException(PelotonErrorIds.InternalError, PelotonErrorCategory.NotSpecified,
                    $"PelotonPS failed unexpectedly: {ex.GetType().Name}: {ex.Message}",
                    "Run the command again with -Verbose and report the problem with its output.", null, ex));
            }
        }
    }
}
