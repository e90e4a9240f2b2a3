using PelotonPS.Json;

namespace PelotonPS.Api
{
    /// <summary>A response body kept byte for byte together with its parsed form (the parse proves it is complete JSON).</summary>
    internal sealed class RawJson<T>
    {
        public RawJson(byte[] bytes, T value)
        {
            Bytes = bytes;
            Value = value;
        }

        public byte[] Bytes { get; }

        public T Value { get; }
    }

    internal static class RawJson
    {
        public static RawJson<T> Parse<T>(byte[] body) => new(body, PelotonJson.Deserialize<T>(body));
    }
}
