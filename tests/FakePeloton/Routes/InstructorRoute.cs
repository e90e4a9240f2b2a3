using FakePeloton.Http;

namespace FakePeloton.Routes;

/// <summary>
/// GET /api/instructor?page=&amp;limit= (the paging envelope, sort_by list_order, limit 20 by default and at
/// most 100) and GET /api/instructor/{id} (one instructor, or 404 "Instructor not found").
/// </summary>
internal sealed class InstructorRoute(FakeCatalog catalog) : IFakeRoute
{
    public FakeResponse? TryHandle(FakeRequest request)
    {
        if (!request.IsGet)
        {
            return null;
        }

        if (RoutePath.TryMatch(request.Path, "/api/instructor", out _))
        {
            var window = new PageWindow(PageRequest.From(request), catalog.Instructors.Count);
            var body = window.Write(catalog.Instructors, (writer, instructor) => writer.WriteRawValue(instructor.Json, skipInputValidation: true), "list_order");
            return FakeResponse.Json(200, body);
        }

        if (RoutePath.TryMatch(request.Path, "/api/instructor/{}", out var captures))
        {
            return catalog.FindInstructor(captures[0]) is { } instructor
                ? FakeResponse.Json(200, instructor.Json)
                : ApiErrors.InstructorNotFound;
        }

        return null;
    }
}
