using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>Everything one script invocation produced, stream by stream.</summary>
public sealed class ScriptResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }

    public required IReadOnlyList<ErrorRecord> Errors { get; init; }

    public required IReadOnlyList<string> Verbose { get; init; }

    public required IReadOnlyList<string> Debug { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required IReadOnlyList<ProgressRecord> Progress { get; init; }

    public required IReadOnlyList<string> Information { get; init; }

    /// <summary>The terminating error, when the script was run with $ErrorActionPreference = 'Stop' semantics.</summary>
    public Exception? Thrown { get; init; }

    /// <summary>Asserts the script wrote no error, showing any it did write.</summary>
    public ScriptResult AssertNoErrors()
    {
        Assert.True(Errors.Count == 0 && Thrown is null,
            string.Join(Environment.NewLine, Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}")) + Thrown);
        return this;
    }

    /// <summary>The only error, asserting there is exactly one.</summary>
    public ErrorRecord SingleError => Assert.Single(Errors);

    /// <summary>The output objects of one type name (e.g. PelotonPS.Workout).</summary>
    public IEnumerable<PSObject> OfType(string typeName) => Output.Where(o => o.TypeNames.Contains(typeName));

    /// <summary>Every piece of text a user could see, for secret scans.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (PSObject o in Output)
        {
            yield return o.BaseObject?.ToString() ?? string.Empty;
            foreach (PSPropertyInfo p in o.Properties)
            {
                string? value = null;
                try
                {
                    value = p.Value?.ToString();
                }
                catch (GetValueException)
                {
                    // a script property that needs a runspace; nothing to scan
                }

                yield return value ?? string.Empty;
            }
        }

        foreach (ErrorRecord e in Errors)
        {
            yield return e.ToString();
            yield return e.Exception?.ToString() ?? string.Empty;
            yield return e.ErrorDetails?.Message ?? string.Empty;
            yield return e.ErrorDetails?.RecommendedAction ?? string.Empty;
            yield return e.TargetObject?.ToString() ?? string.Empty;
        }

        foreach (string line in Verbose.Concat(Debug).Concat(Warnings).Concat(Information))
        {
            yield return line;
        }

        foreach (ProgressRecord p in Progress)
        {
            yield return p.Activity + " " + p.StatusDescription + " " + p.CurrentOperation;
        }

        if (Thrown is not null)
        {
            yield return Thrown.ToString();
        }
    }
}
