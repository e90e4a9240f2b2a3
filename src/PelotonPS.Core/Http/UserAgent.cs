using System.Reflection;
using System.Runtime.InteropServices;

namespace PelotonPS.Http
{
    /// <summary>The User-Agent PelotonPS sends: its name and version, so Peloton can tell who is calling.</summary>
    internal static class UserAgent
    {
        public static string Version { get; } =
            typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
            ?? typeof(UserAgent).Assembly.GetName().Version?.ToString() ?? "0.0.0";

        public static string Value { get; } =
            $"PelotonPS/{Version} ({RuntimeInformation.OSDescription.Trim()}; {RuntimeInformation.FrameworkDescription.Trim()})";
    }
}
