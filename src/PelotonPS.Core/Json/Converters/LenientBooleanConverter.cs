using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PelotonPS.Json.Converters
{
    /// <summary>Reads true/false, 0/1 or "true"/"false"; anything else is null rather than an exception.</summary>
    internal sealed class LenientBooleanConverter : JsonConverter<bool?>
    {
        public override bool HandleNull => true;

        public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.Number: return reader.GetDouble() != 0;
                case JsonTokenType.String:
                    return bool.TryParse(reader.GetString(), out bool parsed) ? parsed : null;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    reader.Skip();
                    return null;
                default: return null;
            }
        }

        public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteBooleanValue(value.Value); else writer.WriteNullValue();
        }
    }
}
