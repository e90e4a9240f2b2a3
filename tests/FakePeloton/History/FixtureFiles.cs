using System.Text.Json.Nodes;

namespace FakePeloton.History;

/// <summary>Reads the captured API responses (tests/Fixtures) that the fake serves or builds on.</summary>
internal sealed class FixtureFiles
{
    private const string Marker = "me.json";

    private FixtureFiles(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>
    /// Uses the explicit directory when one is given; otherwise the Fixtures folder copied next to the
    /// running app or next to this assembly (they differ when a host such as a benchmark runner loads it
    /// from elsewhere).
    /// </summary>
    public static FixtureFiles Locate(string? explicitDirectory)
    {
        if (explicitDirectory is not null)
        {
            return File.Exists(Path.Combine(explicitDirectory, Marker))
                ? new FixtureFiles(explicitDirectory)
                : throw new DirectoryNotFoundException($"No Peloton fixtures ({Marker}) in '{explicitDirectory}'.");
        }

        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "Fixtures"),
            Path.Combine(Path.GetDirectoryName(typeof(FixtureFiles).Assembly.Location) ?? ".", "Fixtures"),
        ];
        var found = candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, Marker)));
        return found is not null
            ? new FixtureFiles(found)
            : throw new DirectoryNotFoundException(
                $"No Peloton fixtures found in {string.Join(" or ", candidates)}; set FakePelotonOptions.FixturesDirectory.");
    }

    /// <summary>The file's bytes without a byte-order mark.</summary>
    public byte[] ReadBytes(string fileName) =>
        JsonBytes.WithoutBom(File.ReadAllBytes(Path.Combine(Directory, fileName))).ToArray();

    public JsonObject ReadObject(string fileName) =>
        JsonNode.Parse(ReadBytes(fileName))?.AsObject()
        ?? throw new InvalidDataException($"Fixture '{fileName}' is not a JSON object.");
}
