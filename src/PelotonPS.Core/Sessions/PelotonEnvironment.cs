using System;

namespace PelotonPS.Sessions
{
    /// <summary>The PELOTONPS_* environment variables, read through one seam so tests can supply their own.</summary>
    internal static class PelotonEnvironment
    {
        public const string AccessToken = "PELOTONPS_ACCESS_TOKEN";
        public const string RefreshToken = "PELOTONPS_REFRESH_TOKEN";
        public const string ApiBaseUri = "PELOTONPS_API_BASE_URI";
        public const string AuthBaseUri = "PELOTONPS_AUTH_BASE_URI";

        public static Func<string, string?> Read { get; set; } = Environment.GetEnvironmentVariable;

        /// <summary>The variable's value, or null when it is unset or blank.</summary>
        public static string? Get(string name)
        {
            string? value = Read(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }
    }
}
