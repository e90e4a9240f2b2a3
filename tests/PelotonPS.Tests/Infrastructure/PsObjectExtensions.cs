using System.Management.Automation;

namespace PelotonPS.Tests.Infrastructure;

/// <summary>Reads module objects through PSObject: the test assembly never loads the module's types itself.</summary>
public static class PsObjectExtensions
{
    public static object? Get(this PSObject o, string property)
        => o.Properties[property] is { } p ? p.Value : throw new KeyNotFoundException($"No property {property} on {string.Join(",", o.TypeNames)}");

    public static T? Get<T>(this PSObject o, string property) => (T?)o.Get(property);

    public static string? Text(this PSObject o, string property) => o.Get(property)?.ToString();
}
