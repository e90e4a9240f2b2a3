using System;
using System.Collections.Generic;
using System.Linq;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Mapping
{
    /// <summary>Turns a ride payload into a flat <see cref="Ride"/>, naming instructors and class types from look-up tables.</summary>
    internal static class RideMapper
    {
        public static Ride Map(RideDto dto, CatalogNames names)
        {
            string? instructorId = string.IsNullOrEmpty(dto.InstructorId) ? dto.Instructor?.Id : dto.InstructorId;
            List<string> classTypeIds = (dto.ClassTypeIds ?? new List<string?>()).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList();
            return new Ride
            {
                RideId = dto.Id ?? string.Empty,
                Title = dto.Title,
                Description = dto.Description,
                FitnessDiscipline = dto.FitnessDiscipline,
                InstructorId = string.IsNullOrEmpty(instructorId) ? null : instructorId,
                InstructorName = dto.Instructor?.Name ?? names.Instructor(instructorId),
                DurationSeconds = dto.Duration,
                LengthSeconds = dto.Length,
                OriginalAirTime = UnixTime.ToLocal(dto.OriginalAirTime),
                Difficulty = dto.DifficultyEstimate,
                DifficultyLevel = dto.DifficultyLevel,
                OverallRating = dto.OverallRatingAvg,
                RatingCount = dto.OverallRatingCount,
                TotalWorkouts = dto.TotalWorkouts,
                ClassTypes = Join(classTypeIds.Select(names.ClassType)),
                ClassTypeIds = Join(classTypeIds),
                Equipment = Join((dto.EquipmentTags ?? new List<EquipmentTagDto>()).Select(t => t.Name ?? t.Slug)),
                IsExplicit = dto.IsExplicit,
                Language = dto.Language,
                HasClosedCaptions = dto.HasClosedCaptions,
                Distance = dto.Distance,
                DistanceUnit = dto.DistanceUnit,
                IsFavorite = dto.IsFavorite,
                ImageUrl = dto.ImageUrl,
            };
        }

        /// <summary>Adds what the details endpoint knows: playlist, segments with movements, target ranges.</summary>
        public static Ride MapDetails(RideDetailsDto details, CatalogNames names)
        {
            CatalogNames withDetailTypes = names.With(details.ClassTypes);
            Ride ride = Map(details.Ride ?? new RideDto(), withDetailTypes);
            ride.Playlist = ReadableList.From((details.Playlist?.Songs ?? new List<SongDto>()).Select(s => new PlaylistSong
            {
                Title = s.Title,
                Artists = Join((s.Artists ?? new List<ArtistDto>()).Select(a => a.ArtistName), ", "),
                Album = s.Album?.Name,
                StartOffsetSeconds = s.StartTimeOffset,
            }));
            ride.Segments = ReadableList.From((details.Segments?.SegmentList ?? new List<ClassSegmentDto>()).Select(s => new ClassSegment
            {
                Name = s.Name,
                StartOffsetSeconds = s.StartTimeOffset,
                LengthSeconds = s.Length,
                Movements = Join((s.Subsegments ?? new List<SubsegmentDto>()).SelectMany(sub => sub.Movements ?? new List<MovementDto>()).Select(m => m.Name).Distinct(), ", "),
            }));
            ride.TargetMetrics = ReadableList.From((details.TargetMetricsData?.TargetMetrics ?? new List<TargetMetricDto>())
                .SelectMany(t => (t.Metrics ?? new List<TargetRangeDto>()).Select(m => new TargetRange
                {
                    StartOffsetSeconds = t.Offsets?.Start,
                    EndOffsetSeconds = t.Offsets?.End,
                    Metric = m.Name,
                    Lower = m.Lower,
                    Upper = m.Upper,
                })));
            return ride;
        }

        internal static string? Join(IEnumerable<string?> values, string separator = "; ")
        {
            string[] present = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();
            return present.Length == 0 ? null : string.Join(separator, present);
        }
    }
}
