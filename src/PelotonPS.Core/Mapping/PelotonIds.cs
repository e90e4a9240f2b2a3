using System.Text.RegularExpressions;

namespace PelotonPS.Mapping
{
    /// <summary>The shape of Peloton's ids: 32 lowercase hexadecimal characters (peloton-api.md 3.2).</summary>
    internal static class PelotonIds
    {
        private static readonly Regex Hex32 = new("^[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant);

        public static bool IsHex32(string? id) => id is not null && Hex32.IsMatch(id);

        /// <summary>Ids are lowercase; accept any case from the user.</summary>
        public static string Normalize(string id) => id.Trim().ToLowerInvariant();
    }
}
