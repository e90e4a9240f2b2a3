using System;
using System.Threading.Tasks;
using PelotonPS.Errors;

namespace PelotonPS.Api
{
    /// <summary>Gives a 404 its meaning for the caller (no such workout, ride, user...), once for every service.</summary>
    internal static class NotFoundMapping
    {
        public static async Task<T> OnNotFound<T>(this Task<T> request, Func<PelotonException, PelotonException> meaning)
        {
            try
            {
                return await request.ConfigureAwait(false);
            }
            catch (PelotonException ex) when (ex.ErrorId == PelotonErrorIds.NotFound)
            {
                throw meaning(ex);
            }
        }
    }
}
