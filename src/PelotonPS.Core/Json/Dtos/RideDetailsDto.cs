using System.Collections.Generic;
using System.Text.Json.Serialization;
using PelotonPS.Json.Converters;

namespace PelotonPS.Json.Dtos
{
    /// <summary>GET /api/ride/{id}/details: the class with its playlist, segments and target metrics (peloton-api.md 4.7).</summary>
    internal sealed class RideDetailsDto
    {
        [JsonPropertyName("ride")]
        [JsonConverter(typeof(ObjectOrNullConverter<RideDto>))]
        public RideDto? Ride { get; set; }

        [JsonPropertyName("playlist")]
        [JsonConverter(typeof(ObjectOrNullConverter<PlaylistDto>))]
        public PlaylistDto? Playlist { get; set; }

        [JsonPropertyName("segments")]
        [JsonConverter(typeof(ObjectOrNullConverter<ClassSegmentsDto>))]
        public ClassSegmentsDto? Segments { get; set; }

        [JsonPropertyName("target_metrics_data")]
        [JsonConverter(typeof(ObjectOrNullConverter<TargetMetricsDataDto>))]
        public TargetMetricsDataDto? TargetMetricsData { get; set; }

        [JsonPropertyName("class_types")]
        [JsonConverter(typeof(ArrayOrNullConverter<ClassTypeDto>))]
        public List<ClassTypeDto>? ClassTypes { get; set; }
    }

    internal sealed class PlaylistDto
    {
        [JsonPropertyName("songs")]
        [JsonConverter(typeof(ArrayOrNullConverter<SongDto>))]
        public List<SongDto>? Songs { get; set; }
    }

    internal sealed class SongDto
    {
        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("start_time_offset")] public int? StartTimeOffset { get; set; }

        [JsonPropertyName("artists")]
        [JsonConverter(typeof(ArrayOrNullConverter<ArtistDto>))]
        public List<ArtistDto>? Artists { get; set; }

        [JsonPropertyName("album")]
        [JsonConverter(typeof(ObjectOrNullConverter<AlbumDto>))]
        public AlbumDto? Album { get; set; }
    }

    internal sealed class ArtistDto
    {
        [JsonPropertyName("artist_name")] public string? ArtistName { get; set; }
    }

    internal sealed class AlbumDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
    }

    internal sealed class ClassSegmentsDto
    {
        [JsonPropertyName("segment_list")]
        [JsonConverter(typeof(ArrayOrNullConverter<ClassSegmentDto>))]
        public List<ClassSegmentDto>? SegmentList { get; set; }
    }

    internal sealed class ClassSegmentDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("start_time_offset")] public int? StartTimeOffset { get; set; }
        [JsonPropertyName("length")] public int? Length { get; set; }

        [JsonPropertyName("subsegments_v2")]
        [JsonConverter(typeof(ArrayOrNullConverter<SubsegmentDto>))]
        public List<SubsegmentDto>? Subsegments { get; set; }
    }

    internal sealed class SubsegmentDto
    {
        [JsonPropertyName("movements")]
        [JsonConverter(typeof(ArrayOrNullConverter<MovementDto>))]
        public List<MovementDto>? Movements { get; set; }
    }

    internal sealed class MovementDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
    }

    internal sealed class TargetMetricsDataDto
    {
        [JsonPropertyName("target_metrics")]
        [JsonConverter(typeof(ArrayOrNullConverter<TargetMetricDto>))]
        public List<TargetMetricDto>? TargetMetrics { get; set; }
    }

    internal sealed class TargetMetricDto
    {
        [JsonPropertyName("offsets")]
        [JsonConverter(typeof(ObjectOrNullConverter<OffsetsDto>))]
        public OffsetsDto? Offsets { get; set; }

        [JsonPropertyName("segment_type")] public string? SegmentType { get; set; }

        [JsonPropertyName("metrics")]
        [JsonConverter(typeof(ArrayOrNullConverter<TargetRangeDto>))]
        public List<TargetRangeDto>? Metrics { get; set; }
    }

    internal sealed class OffsetsDto
    {
        [JsonPropertyName("start")] public int? Start { get; set; }
        [JsonPropertyName("end")] public int? End { get; set; }
    }

    internal sealed class TargetRangeDto
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("lower")] public double? Lower { get; set; }
        [JsonPropertyName("upper")] public double? Upper { get; set; }
    }
}
