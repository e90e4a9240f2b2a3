using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Text.Json;
using PelotonPS.Errors;
using PelotonPS.Json;
using PelotonPS.Persistence;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>
    /// A session saved in the default SecretManagement vault under one secret name. SecretManagement is called
    /// through its commands at run time (not a compile-time dependency), in a private runspace, because
    /// renewals are saved from worker threads where the caller's runspace cannot be used.
    /// </summary>
    internal sealed class SecretVaultTokenStore : ITokenStore
    {
        public const string SecretName = "PelotonPS.Session";
        private const string ModuleName = "Microsoft.PowerShell.SecretManagement";

        public string Description => $"the default SecretManagement vault (secret '{SecretName}')";

        /// <summary>True when SecretManagement is installed and has a default vault.</summary>
        public static bool IsAvailable()
        {
            try
            {
                return Invoke($"if (Get-Module -ListAvailable {ModuleName}) {{ Import-Module {ModuleName}; [bool](Get-SecretVault | Where-Object IsDefault) }} else {{ $false }}")
                    .Select(o => o.BaseObject).OfType<bool>().FirstOrDefault();
            }
            catch (Exception ex) when (ex is RuntimeException or InvalidOperationException)
            {
                return false;
            }
        }

        public PersistedSession? Load()
        {
            string? json = Invoke($"Import-Module {ModuleName}; Get-Secret -Name '{SecretName}' -AsPlainText -ErrorAction SilentlyContinue")
                .Select(o => o.BaseObject as string).FirstOrDefault(s => s is not null);
            if (json is null)
            {
                return null;
            }

            try
            {
                return PelotonJson.Deserialize<PersistedSession>(Encoding.UTF8.GetBytes(json)).ValidOrNull() ?? throw new JsonException("not a complete session");
            }
            catch (JsonException ex)
            {
                throw new PelotonException(PelotonErrorIds.PersistedSessionInvalid, PelotonErrorCategory.InvalidData,
                    $"The saved Peloton session in {Description} cannot be read; it is ignored.",
                    "Connect again with -Persist to replace it, or remove it with Disconnect-Peloton -ClearPersisted.", SecretName, ex);
            }
        }

        public void Save(PersistedSession session)
        {
            string json = JsonSerializer.Serialize(session, PelotonJson.Options);
            Invoke($"Import-Module {ModuleName}; Set-Secret -Name '{SecretName}' -Secret $args[0] -ErrorAction Stop", json);
        }

        /// <summary>Removes the secret from whichever vault holds it (Remove-Secret requires -Vault).</summary>
        public bool Delete()
            => Invoke($"Import-Module {ModuleName}; $found = @(Get-SecretInfo -Name '{SecretName}'); $found | ForEach-Object {{ Remove-Secret -Name $_.Name -Vault $_.VaultName -ErrorAction Stop }}; $found.Count -gt 0")
                .Select(o => o.BaseObject).OfType<bool>().FirstOrDefault();

        private static PSObject[] Invoke(string script, params object[] arguments)
        {
            using Runspace runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using PowerShell shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            foreach (object argument in arguments)
            {
                shell.AddArgument(argument);
            }

            PSObject[] output;
            try
            {
                output = shell.Invoke().ToArray();
            }
            catch (RuntimeException ex)
            {
                throw Unavailable(ex.Message, ex);
            }

            if (shell.HadErrors && shell.Streams.Error.Count > 0)
            {
                throw Unavailable(shell.Streams.Error[0].Exception?.Message, null);
            }

            return output;
        }

        private static PelotonException Unavailable(string? reason, System.Exception? cause)
            => new(PelotonErrorIds.PersistenceUnavailable, PelotonErrorCategory.ResourceUnavailable,
                $"The SecretManagement vault could not be used: {reason}",
                "Check the default vault with Get-SecretVault (unlock it with Unlock-SecretStore if it is a SecretStore vault).", SecretName, cause);
    }
}
