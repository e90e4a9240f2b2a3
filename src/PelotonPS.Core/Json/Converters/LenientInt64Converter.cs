using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PelotonPS.Json.Converters
{
    /// <summary>Reads an integer that Peloton sometimes sends as a float or a string; anything else is null.</summary>
    internal sealed class LenientInt64Converter : JsonConverter<long?>
    {
        public override bool HandleNull => true;

        public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            double? value = LenientNumber.Read(ref reader);
            return value.HasValue && !double.IsNaN(value.Value) && Math.Abs(value.Value) < long.MaxValue
                ? (long)Math.Round(value.Value, MidpointRounding.AwayFromZero)
                : null;
        }

        public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value); else writer.WriteNullValue();
        }
    }

    /// <summary>Reads an int that Peloton sometimes sends as a float or a string; anything else is null.</summary>
    internal sealed class LenientInt32Converter : JsonConverter<int?>
    {
        public override bool HandleNull => true;

        public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            double? value = LenientNumber.Read(ref reader);
            return value.HasValue && !double.IsNaN(value.Value) && Math.Abs(value.Value) <= int.MaxValue
                ? (int)Math.Round(value.Value, MidpointRounding.AwayFromZero)
                : null;
        }

        public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value); else writer.WriteNullValue();
        }
    }

    /// <summary>Reads a number that may arrive as an integer, a float, a numeric string or null.</summary>
    internal sealed class LenientDoubleConverter : JsonConverter<double?>
    {
        public override bool HandleNull => true;

        public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => LenientNumber.Read(ref reader);

        public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value); else writer.WriteNullValue();
        }
    }

    internal static class LenientNumber
    {
        /// <summary>The number at the reader, or null for null, other kinds of value (skipped) and unparsable text.</summary>
        public static double? Read(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return reader.GetDouble();
                case JsonTokenType.String:
                    return double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : null;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    reader.Skip();
                    return null;
                default:
                    return null;
            }
        }
    }
}
