using System;
using System.Text.Json;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json
{
    /// <summary>The one set of System.Text.Json options for Peloton's payloads: lenient, because the API drifts.</summary>
    internal static class PelotonJson
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        public static JsonSerializerOptions Options { get; } = CreateOptions();

        /// <summary>Parses a whole response body. A BOM (seen in captured responses) is skipped.</summary>
        public static T Deserialize<T>(byte[] body) => Deserialize<T>(new ReadOnlySpan<byte>(body));

        /// <summary>Parses a whole response body. A BOM (seen in captured responses) is skipped.</summary>
        public static T Deserialize<T>(ReadOnlySpan<byte> body)
        {
            if (body.StartsWith(Utf8Bom))
            {
                body = body.Slice(Utf8Bom.Length);
            }

            T? value = JsonSerializer.Deserialize<T>(body, Options);
            return value ?? throw new JsonException("The response body is JSON null.");
        }

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions
            {
                AllowTrailingCommas = true,
                ReadCommentHandling = JsonCommentHandling.Skip,
            };
            options.Converters.Add(new LenientInt64Converter());
            options.Converters.Add(new LenientInt32Converter());
            options.Converters.Add(new LenientDoubleConverter());
            options.Converters.Add(new LenientBooleanConverter());
            options.Converters.Add(new LenientStringConverter());
            return options;
        }
    }
}
