using System;
using System.IO;
using System.Security.Cryptography;

namespace PelotonPS.Archive
{
    /// <summary>Sizes and SHA-256 digests of archived files, to find truncated or damaged ones.</summary>
    internal static class FileCheck
    {
        public static string Sha256(byte[] content)
        {
            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(content)).Replace("-", string.Empty).ToLowerInvariant();
        }

        /// <summary>Null when the file is as recorded; otherwise what is wrong with it.</summary>
        public static string? Problem(string path, long? expectedLength, string? expectedSha256, bool hash)
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return "missing";
            }

            if (expectedLength.HasValue && file.Length != expectedLength.Value)
            {
                return $"{file.Length} bytes instead of {expectedLength.Value}";
            }

            return hash && expectedSha256 is not null && Sha256(File.ReadAllBytes(path)) != expectedSha256 ? "content changed" : null;
        }
    }
}
