using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakePeloton;

/// <summary>Compact UTF-8 JSON produced through one writer setup, so every body is formatted the same way.</summary>
internal static class JsonBytes
{
    public static byte[] Of(JsonNode? node) => Write(writer =>
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    });

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Two fixtures start with a UTF-8 byte-order mark, which JSON parsers of byte arrays reject.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
}
