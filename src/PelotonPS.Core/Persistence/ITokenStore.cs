namespace PelotonPS.Persistence
{
    /// <summary>Where a persisted session lives. Loading a corrupt entry throws PelotonException (PelotonPersistedSessionInvalid).</summary>
    internal interface ITokenStore
    {
        /// <summary>Where, for messages: a path or a vault name. Never a secret.</summary>
        string Description { get; }

        PersistedSession? Load();

        void Save(PersistedSession session);

        /// <summary>True when something was deleted.</summary>
        bool Delete();
    }
}
