using System.Text;

namespace PelotonPS.Core.Tests;

/// <summary>The captured Peloton responses in tests/Fixtures, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));
}
