using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FakePeloton.Catalog;

/// <summary>
/// Made-up numbers that depend only on a seed and a purpose, so the catalog comes out the same on every
/// run and platform (System.Random's seeded sequence is not guaranteed across .NET versions).
/// </summary>
internal readonly struct Dice(string seed)
{
    /// <summary>A whole number from 0 to <paramref name="count"/> - 1.</summary>
    public int Below(string purpose, int count) => (int)(Draw(purpose) % (ulong)count);

    /// <summary>A number from <paramref name="minimum"/> to <paramref name="maximum"/>, rounded to <paramref name="decimals"/>.</summary>
    public double Between(string purpose, double minimum, double maximum, int decimals) =>
        Math.Round(minimum + ((maximum - minimum) * (Draw(purpose) / (double)ulong.MaxValue)), decimals);

    /// <summary>True about once in <paramref name="count"/> times.</summary>
    public bool OneIn(string purpose, int count) => Below(purpose, count) == 0;

    public T Pick<T>(string purpose, IReadOnlyList<T> choices) => choices[Below(purpose, choices.Count)];

    private ulong Draw(string purpose) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "|" + purpose)));
}
