using System.Text.Json;
using FakePeloton.Catalog;
using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>
/// GET /api/v2/ride/archived: the class library, filtered, sorted and paged (limit 20 by default, at most
/// 100), with the look-up tables of peloton-api.md 4.8. joins=instructor is accepted and changes nothing:
/// the page's instructors come in the instructors member either way.
/// </summary>
internal sealed class ArchivedRidesRoute(FakeCatalog catalog) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet || !RoutePath.TryMatch(request.Path, "/api/v2/ride/archived", out _))
        {
            return null;
        }

        var query = ArchivedQuery.From(request);
        var rides = query.Apply(catalog.Classes);
        var window = new PageWindow(PageRequest.From(request), rides.Length);
        var body = window.Write(rides, (writer, ride) => writer.WriteRawValue(ride.LibraryItemJson, skipInputValidation: true), query.SortBy, writer =>
        {
            writer.WriteBoolean("hide_explicit_rides", false);
            WriteInstructors(writer, rides.Skip(window.Skip).Take(window.Count));
            LookupWriter.WriteTables(writer, catalog.Lookups);
        });
        return FakeResponse.Json(200, body);
    }

    /// <summary>Only the instructors of this page's classes, in list_order.</summary>
    private void WriteInstructors(Utf8JsonWriter writer, IEnumerable<FakeRide> page)
    {
        var ids = page.Select(ride => ride.InstructorId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        writer.WriteStartArray("instructors");
        foreach (var instructor in catalog.Instructors.Where(i => ids.Contains(i.Id)))
        {
            writer.WriteRawValue(instructor.Json, skipInputValidation: true);
        }

        writer.WriteEndArray();
    }
}
