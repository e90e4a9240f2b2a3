using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PelotonPS.Json.Converters
{
    /// <summary>
    /// For members whose JSON type changes between payloads (splits_data is an object, [] or null):
    /// an object is read as <typeparamref name="T"/>, anything else is skipped and read as null.
    /// </summary>
    internal sealed class ObjectOrNullConverter<T> : JsonConverter<T?>
        where T : class
    {
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                return JsonSerializer.Deserialize<T>(ref reader, options);
            }

            reader.Skip();
            return null;
        }

        public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
            => JsonSerializer.Serialize(writer, value, options);
    }

    /// <summary>An array is read as a list; anything else (an object, a scalar, null) is skipped and read as null.</summary>
    internal sealed class ArrayOrNullConverter<T> : JsonConverter<List<T>?>
    {
        public override bool HandleNull => true;

        public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return JsonSerializer.Deserialize<List<T>>(ref reader, options);
            }

            reader.Skip();
            return null;
        }

        public override void Write(Utf8JsonWriter writer, List<T>? value, JsonSerializerOptions options)
            => JsonSerializer.Serialize(writer, value, options);
    }
}
