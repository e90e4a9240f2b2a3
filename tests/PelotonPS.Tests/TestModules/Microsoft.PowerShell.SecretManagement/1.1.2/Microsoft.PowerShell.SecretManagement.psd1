# A stand-in for Microsoft.PowerShell.SecretManagement 1.1.2 in tests: the same name, commands and parameter
# contracts that PelotonPS uses, with one default vault whose secrets are files in $env:PELOTONPS_TEST_VAULT_DIR.
@{
    RootModule        = 'Microsoft.PowerShell.SecretManagement.psm1'
    ModuleVersion     = '1.1.2'
    GUID              = '3b0f4c56-8f43-4d57-9c5e-2f7d6a1e9b21'
    Author            = 'PelotonPS tests'
    Description       = 'Test fake of Microsoft.PowerShell.SecretManagement; not the real module.'
    PowerShellVersion = '7.0'
    FunctionsToExport = @('Get-SecretVault', 'Get-Secret', 'Set-Secret', 'Get-SecretInfo', 'Remove-Secret')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
