using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using PelotonPS.Http;
using PelotonPS.Json;
using PelotonPS.Json.Dtos;

namespace PelotonPS.Api
{
    /// <summary>Peloton's data endpoints, typed. Paths and query strings live here and nowhere else.</summary>
    internal sealed class PelotonApi
    {
        /// <summary>The largest page Peloton serves; PelotonPS asks for it on every page (a changing size duplicates items).</summary>
        public const int MaxPageSize = 100;

        private readonly PelotonHttpClient http;

        public PelotonApi(PelotonHttpClient http)
        {
            this.http = http;
        }

        public Task<MeDto> GetMeAsync(IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync("api/me", PelotonJson.Deserialize<MeDto>, log, cancellationToken);

        public Task<PageDto<WorkoutDto>> GetWorkoutPageAsync(string userId, int page, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(
                Invariant($"api/user/{Escape(userId)}/workouts?joins=ride,ride.instructor&limit={MaxPageSize}&page={page}&sort_by=-created"),
                PelotonJson.Deserialize<PageDto<WorkoutDto>>, log, cancellationToken);

        public Task<WorkoutDto> GetWorkoutAsync(string workoutId, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/workout/{Escape(workoutId)}?joins=ride,ride.instructor"),
                PelotonJson.Deserialize<WorkoutDto>, log, cancellationToken);

        public Task<PerformanceGraphDto> GetPerformanceGraphAsync(string workoutId, int everyN, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/workout/{Escape(workoutId)}/performance_graph?every_n={everyN}"),
                PelotonJson.Deserialize<PerformanceGraphDto>, log, cancellationToken);

        public Task<RideDto> GetRideAsync(string rideId, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/ride/{Escape(rideId)}"), PelotonJson.Deserialize<RideDto>, log, cancellationToken);

        public Task<RideDetailsDto> GetRideDetailsAsync(string rideId, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/ride/{Escape(rideId)}/details"), PelotonJson.Deserialize<RideDetailsDto>, log, cancellationToken);

        public Task<PageDto<InstructorDto>> GetInstructorPageAsync(int page, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/instructor?limit={MaxPageSize}&page={page}"), PelotonJson.Deserialize<PageDto<InstructorDto>>, log, cancellationToken);

        public Task<InstructorDto> GetInstructorAsync(string instructorId, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/instructor/{Escape(instructorId)}"), PelotonJson.Deserialize<InstructorDto>, log, cancellationToken);

        public Task<BrowseCategoriesDto> GetBrowseCategoriesAsync(IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync("api/browse_categories?library_type=on_demand", PelotonJson.Deserialize<BrowseCategoriesDto>, log, cancellationToken);

        public Task<MetadataMappingsDto> GetMetadataMappingsAsync(IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync("api/ride/metadata_mappings", PelotonJson.Deserialize<MetadataMappingsDto>, log, cancellationToken);

        public Task<LibraryPageDto> GetLibraryPageAsync(string query, int page, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/v2/ride/archived?{query}limit={MaxPageSize}&page={page}"), PelotonJson.Deserialize<LibraryPageDto>, log, cancellationToken);

        public Task<MeDto> GetUserAsync(string userIdOrUsername, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/user/{Escape(userIdOrUsername)}"), PelotonJson.Deserialize<MeDto>, log, cancellationToken);

        public Task<OverviewDto> GetOverviewAsync(string userId, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/user/{Escape(userId)}/overview?version=1"), PelotonJson.Deserialize<OverviewDto>, log, cancellationToken);

        /// <summary>The detail as Peloton sent it, byte for byte, checked to be a complete workout (for the archive).</summary>
        public Task<RawJson<WorkoutDto>> GetWorkoutRawAsync(string workoutId, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/workout/{Escape(workoutId)}?joins=ride,ride.instructor"), RawJson.Parse<WorkoutDto>, log, cancellationToken);

        public Task<RawJson<PerformanceGraphDto>> GetPerformanceGraphRawAsync(string workoutId, int everyN, IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync(Invariant($"api/workout/{Escape(workoutId)}/performance_graph?every_n={everyN}"), RawJson.Parse<PerformanceGraphDto>, log, cancellationToken);

        public Task<RawJson<MeDto>> GetMeRawAsync(IPelotonLog log, CancellationToken cancellationToken)
            => http.GetAsync("api/me", RawJson.Parse<MeDto>, log, cancellationToken);

        internal static string Escape(string segment) => Uri.EscapeDataString(segment);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
