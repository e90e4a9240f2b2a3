namespace FakePeloton.Http;

/// <summary>The API's JSON error shape: status, error_code, subcode, message, details (peloton-api.md 5.1).</summary>
internal static class ApiErrors
{
    /// <summary>Exactly the documented answer to a missing or expired token.</summary>
    public static readonly FakeResponse NotLoggedIn = Response(401, 3020, "Not logged in");

    public static readonly FakeResponse UserNotFound = NotFound("User not found");

    public static readonly FakeResponse WorkoutNotFound = NotFound("Workout not found");

    public static readonly FakeResponse RouteNotFound = NotFound("Not found");

    public static readonly FakeResponse RideNotFound = NotFound("Ride not found");

    public static readonly FakeResponse InstructorNotFound = NotFound("Instructor not found");

    /// <summary>Another user's workouts or overview when their profile is private; like the 404s, error_code is unknown.</summary>
    public static readonly FakeResponse ProfilePrivate = Response(403, null, "This profile is private");

    /// <summary>What the API answers to requests it rejects, e.g. the overview without Peloton-Platform: web (peloton-api.md 5.1).</summary>
    public static readonly FakeResponse RequestInvalid = Response(400, null, "Request was invalid");

    /// <summary>
    /// The real error_code of these 404s was never captured, so it is null rather than an invented number;
    /// the member is still there for clients that detect errors by it.
    /// </summary>
    private static FakeResponse NotFound(string message) => Response(404, null, message);

    private static FakeResponse Response(int status, int? errorCode, string message) =>
        FakeResponse.Json(status, JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", status);
            if (errorCode is { } code)
            {
                writer.WriteNumber("error_code", code);
            }
            else
            {
                writer.WriteNull("error_code");
            }

            writer.WriteNull("subcode");
            writer.WriteString("message", message);
            writer.WriteNull("details");
            writer.WriteEndObject();
        }));
}
