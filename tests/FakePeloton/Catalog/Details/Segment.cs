namespace FakePeloton.Catalog.Details;

/// <summary>One part of a class: warm-up, a main block or cool-down.</summary>
/// <param name="Index">Position in the class, from 0.</param>
/// <param name="Start">Seconds from the start of the class.</param>
/// <param name="BodyFocus">For strength main blocks: which movements it uses; otherwise null.</param>
internal sealed record Segment(int Index, string Name, string IconSlug, string? MetricsType, int Start, int Length, double IntensityInMets, SegmentRole Role, BodyFocus? BodyFocus);

internal enum SegmentRole
{
    WarmUp,
    Main,
    CoolDown,
}
