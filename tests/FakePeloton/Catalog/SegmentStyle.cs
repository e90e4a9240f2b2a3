namespace FakePeloton.Catalog;

/// <summary>The main segments of a class in its details: name, icon, metrics type and intensity.</summary>
/// <param name="Name">e.g. "Ride".</param>
/// <param name="IconSlug">e.g. "cycling".</param>
/// <param name="MetricsType">The segment's metrics_type; null as seen on stretching (peloton-api.md 3.5).</param>
/// <param name="IntensityInMets">Rough MET value of the main work.</param>
internal sealed record SegmentStyle(string Name, string IconSlug, string? MetricsType, double IntensityInMets);
