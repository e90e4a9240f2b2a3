using System.Management.Automation;
using PelotonPS.Mapping;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>Rejects a workout id that is not 32 hexadecimal characters at binding, with a message that shows the shape.</summary>
    public sealed class ValidateWorkoutIdAttribute : ValidateEnumeratedArgumentsAttribute
    {
        protected override void ValidateElement(object element)
        {
            string? id = element is PSObject wrapped ? wrapped.BaseObject?.ToString() : element?.ToString();
            if (!PelotonIds.IsHex32(id))
            {
                throw new ValidationMetadataException(
                    $"'{id}' is not a Peloton workout id. Workout ids are 32 hexadecimal characters, such as 3bade6602259414a82576302f9339175; Get-PelotonWorkout lists yours.");
            }
        }
    }
}
