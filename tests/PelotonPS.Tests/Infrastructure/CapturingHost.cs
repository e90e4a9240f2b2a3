using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>
/// A PowerShell host that records everything written to it (plain text, 120 columns) and answers prompts from
/// queues the test fills; it never blocks waiting for input.
/// </summary>
public sealed class CapturingHost : PSHost
{
    private readonly CapturingHostUI ui = new();

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override string Name => "PelotonPS.Tests";

    public override PSHostUserInterface UI => ui;

    public override Version Version => new(1, 0);

    /// <summary>Everything the host displayed.</summary>
    public string Text => ui.Text;

    /// <summary>Answers for PromptForChoice, in order.</summary>
    public Queue<int> ChoiceAnswers => ui.ChoiceAnswers;

    /// <summary>Answers for credential prompts, in order.</summary>
    public Queue<PSCredential> CredentialAnswers => ui.CredentialAnswers;

    public int CredentialPrompts => ui.CredentialPrompts;

    public void ClearText() => ui.Clear();

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    public override void SetShouldExit(int exitCode)
    {
    }

    private sealed class CapturingHostUI : PSHostUserInterface
    {
        private readonly StringBuilder text = new();
        private readonly object gate = new();

        public Queue<int> ChoiceAnswers { get; } = new();

        public Queue<PSCredential> CredentialAnswers { get; } = new();

        public int CredentialPrompts { get; private set; }

        public string Text
        {
            get { lock (gate) { return text.ToString(); } }
        }

        public override PSHostRawUserInterface RawUI { get; } = new FixedRawUI();

        public void Clear()
        {
            lock (gate) { text.Clear(); }
        }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
            => throw new InvalidOperationException("The test host does not answer Prompt: " + message);

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Append(caption + Environment.NewLine + message + Environment.NewLine);
            return ChoiceAnswers.Count > 0 ? ChoiceAnswers.Dequeue() : throw new InvalidOperationException("Unexpected choice prompt: " + message);
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
            => NextCredential(message);

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options)
            => NextCredential(message);

        public override string ReadLine() => throw new InvalidOperationException("The test host does not read input.");

        public override SecureString ReadLineAsSecureString() => throw new InvalidOperationException("The test host does not read input.");

        public override void Write(string value) => Append(value);

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Append(value);

        public override void WriteLine(string value) => Append(value + Environment.NewLine);

        public override void WriteDebugLine(string message) => Append("DEBUG: " + message + Environment.NewLine);

        public override void WriteErrorLine(string value) => Append("ERROR: " + value + Environment.NewLine);

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
        }

        public override void WriteVerboseLine(string message) => Append("VERBOSE: " + message + Environment.NewLine);

        public override void WriteWarningLine(string message) => Append("WARNING: " + message + Environment.NewLine);

        private PSCredential NextCredential(string message)
        {
            CredentialPrompts++;
            return CredentialAnswers.Count > 0 ? CredentialAnswers.Dequeue() : throw new InvalidOperationException("Unexpected credential prompt: " + message);
        }

        private void Append(string value)
        {
            // PowerShell 7.6 puts $PSStyle escapes in table headers; a console host strips them, so do we.
            string plain = GetOutputString(value, supportsVirtualTerminal: false);
            lock (gate) { text.Append(plain); }
        }
    }

    private sealed class FixedRawUI : PSHostRawUserInterface
    {
        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

        public override Size BufferSize { get; set; } = new(120, 3000);

        public override Coordinates CursorPosition { get; set; }

        public override int CursorSize { get; set; }

        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.White;

        public override bool KeyAvailable => false;

        public override Size MaxPhysicalWindowSize => new(120, 3000);

        public override Size MaxWindowSize => new(120, 3000);

        public override Coordinates WindowPosition { get; set; }

        public override Size WindowSize { get; set; } = new(120, 50);

        public override string WindowTitle { get; set; } = "PelotonPS.Tests";

        public override void FlushInputBuffer()
        {
        }

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

        public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();

        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();
    }
}
