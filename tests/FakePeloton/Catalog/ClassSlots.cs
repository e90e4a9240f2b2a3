namespace FakePeloton.Catalog;

/// <summary>
/// Deals the plans out by weight with smooth weighted round-robin, so every stretch of the library mixes
/// disciplines and each 100 classes hold exactly each plan's weight.
/// </summary>
internal static class ClassSlots
{
    public static ClassPlan[] Deal(IReadOnlyList<ClassPlan> plans, int count)
    {
        var totalWeight = plans.Sum(plan => plan.Weight);
        var credit = new int[plans.Count];
        var slots = new ClassPlan[count];
        for (var i = 0; i < count; i++)
        {
            var best = 0;
            for (var j = 0; j < plans.Count; j++)
            {
                credit[j] += plans[j].Weight;
                if (credit[j] > credit[best])
                {
                    best = j;
                }
            }

            credit[best] -= totalWeight;
            slots[i] = plans[best];
        }

        return slots;
    }
}
