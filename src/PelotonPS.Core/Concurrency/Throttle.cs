using System;
using System.Globalization;
using PelotonPS.Sessions;

namespace PelotonPS.Concurrency
{
    /// <summary>
    /// How many requests a cmdlet runs at once for pipeline input: -ThrottleLimit, else the module-wide default
    /// PELOTONPS_THROTTLE_LIMIT, else 4. Never more than 16. ($PSDefaultParameterValues['*-Peloton*:ThrottleLimit']
    /// sets a default per session the PowerShell way.)
    /// </summary>
    internal static class Throttle
    {
        public const int Default = 4;
        public const int Maximum = 16;
        public const string EnvironmentVariable = "PELOTONPS_THROTTLE_LIMIT";

        public static int Effective(int? parameter)
        {
            if (parameter.HasValue)
            {
                return Clamp(parameter.Value);
            }

            string? fromEnvironment = PelotonEnvironment.Get(EnvironmentVariable);
            return fromEnvironment is not null && int.TryParse(fromEnvironment, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? Clamp(value)
                : Default;
        }

        private static int Clamp(int value) => Math.Max(1, Math.Min(Maximum, value));
    }
}
