namespace PelotonPS.Benchmarks;

/// <summary>One measured figure and, where there is one, the lower bound it is measured against.</summary>
internal sealed record Figure(string Name, string Value, string? LowerBound = null, double? Ratio = null, string? Note = null)
{
    public static string Table(IEnumerable<Figure> figures)
    {
        var lines = new List<string> { "| Figure | Measured | Lower bound | Ratio | Note |", "| --- | --- | --- | --- | --- |" };
        lines.AddRange(figures.Select(f => $"| {f.Name} | {f.Value} | {f.LowerBound ?? "-"} | {(f.Ratio.HasValue ? f.Ratio.Value.ToString("0.00") + "x" : "-")} | {f.Note ?? string.Empty} |"));
        return string.Join(Environment.NewLine, lines);
    }
}
