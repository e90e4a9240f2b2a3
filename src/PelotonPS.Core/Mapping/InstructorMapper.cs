using System.Collections.Generic;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    internal static class InstructorMapper
    {
        public static Instructor Map(InstructorDto dto) => new()
        {
            InstructorId = dto.Id ?? string.Empty,
            Name = dto.Name,
            FirstName = dto.FirstName,
            LastName = dto.LastName,
            Username = dto.Username,
            UserId = NullIfEmpty(dto.UserId),
            FitnessDisciplines = RideMapper.Join(dto.FitnessDisciplines ?? new List<string?>()),
            Bio = NullIfEmpty(dto.Bio),
            ShortBio = NullIfEmpty(dto.ShortBio),
            Quote = NullIfEmpty(dto.Quote),
            CoachType = dto.CoachType,
            ListOrder = dto.ListOrder,
            IsVisible = dto.IsVisible,
            // Absent social handles arrive as empty strings: null says "none" in a CSV too.
            InstagramProfile = NullIfEmpty(dto.InstagramProfile),
            TwitterProfile = NullIfEmpty(dto.TwitterProfile),
            StravaProfile = NullIfEmpty(dto.StravaProfile),
            SpotifyPlaylistUri = NullIfEmpty(dto.SpotifyPlaylistUri),
            ImageUrl = NullIfEmpty(dto.ImageUrl),
        };

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
