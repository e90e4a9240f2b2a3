using FakePeloton.Catalog;
using FakePeloton.Http;
using FakePeloton.Users;

namespace FakePeloton.Routes;

/// <summary>
/// The user (profile, history, overview) and class catalog routes, in the order they are tried. They sit
/// behind the token gate and before WorkoutResourceRoute, which the member workout route must precede.
/// </summary>
internal static class UserAndCatalogRoutes
{
    public static IFakeRoute[] Create(FakePelotonState state, FakePelotonOptions options, byte[] meFixture)
    {
        var users = new UserDirectory(state, options);
        var catalog = state.Catalog;
        return
        [
            new WorkoutListRoute(users),
            new UserOverviewRoute(users),
            new UserProfileRoute(users, new PublicProfile(meFixture)),
            new MemberWorkoutRoute(users),
            new InstructorRoute(catalog),
            new StaticJsonRoute("/api/browse_categories", CatalogDocuments.BrowseCategories(catalog)),

            // Before the ride routes, whose /api/ride/{id} pattern would take "metadata_mappings" as an id.
            new StaticJsonRoute("/api/ride/metadata_mappings", CatalogDocuments.MetadataMappings(catalog)),
            new ArchivedRidesRoute(catalog),
            RideResourceRoute.ForRide(catalog),
            RideResourceRoute.ForDetails(catalog),
        ];
    }
}
