# Test fake of SecretManagement: one default vault, "FakeVault", holding string secrets as files named after
# the secret in $env:PELOTONPS_TEST_VAULT_DIR, so every runspace of the test process sees the same secrets.
# Only Core cmdlets and .NET calls: hosted test runspaces have no Utility or Management module.
# Parameters follow the real module's contracts (e.g. Remove-Secret's mandatory -Vault), so a caller the real
# module would refuse fails here too.

$script:VaultName = 'FakeVault'

function Get-VaultFolder {
    $folder = $env:PELOTONPS_TEST_VAULT_DIR
    if ([string]::IsNullOrEmpty($folder)) {
        throw 'PELOTONPS_TEST_VAULT_DIR is not set.'
    }

    $null = [System.IO.Directory]::CreateDirectory($folder)
    $folder
}

function Get-SecretPath([string] $Name) {
    [System.IO.Path]::Combine((Get-VaultFolder), $Name)
}

function Assert-Vault([string] $Vault) {
    if ($Vault -and $Vault -ne $script:VaultName) {
        throw "Vault $Vault does not exist in registry."
    }
}

function Get-SecretVault {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string[]] $Name)

    [pscustomobject]@{
        Name            = $script:VaultName
        ModuleName      = 'FakeVaultExtension'
        ModulePath      = $PSScriptRoot
        Description     = 'Secrets as files in PELOTONPS_TEST_VAULT_DIR'
        VaultParameters = @{}
        IsDefault       = $true
    }
}

function Get-Secret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [string] $Vault,
        [switch] $AsPlainText)

    Assert-Vault $Vault
    $path = Get-SecretPath $Name
    if (-not [System.IO.File]::Exists($path)) {
        # The real module's not-found error (GetSecretNotFound, ObjectNotFound).
        $record = [System.Management.Automation.ErrorRecord]::new(
            [System.Management.Automation.ItemNotFoundException]::new("The secret $Name was not found."),
            'GetSecretNotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Name)
        $PSCmdlet.WriteError($record)
        return
    }

    $text = [System.IO.File]::ReadAllText($path)
    if ($AsPlainText) { $text } else { [System.Net.NetworkCredential]::new('', $text).SecurePassword }
}

function Set-Secret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Mandatory, Position = 1)] [object] $Secret,
        [Parameter(Position = 2)] [string] $Vault)

    Assert-Vault $Vault
    $value = if ($Secret -is [securestring]) { [System.Net.NetworkCredential]::new('', $Secret).Password } else { [string] $Secret }
    [System.IO.File]::WriteAllText((Get-SecretPath $Name), $value)
}

function Get-SecretInfo {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)] [string] $Name = '*',
        [Parameter(Position = 1)] [string] $Vault)

    Assert-Vault $Vault
    foreach ($file in [System.IO.Directory]::GetFiles((Get-VaultFolder), $Name)) {
        [pscustomobject]@{
            Name      = [System.IO.Path]::GetFileName($file)
            Type      = 'String'
            VaultName = $script:VaultName
            Metadata  = @{}
        }
    }
}

function Remove-Secret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Mandatory, Position = 1)] [string] $Vault)

    Assert-Vault $Vault
    $path = Get-SecretPath $Name
    if (-not [System.IO.File]::Exists($path)) {
        throw "The secret $Name was not found in vault $Vault."
    }

    [System.IO.File]::Delete($path)
}

Export-ModuleMember -Function Get-SecretVault, Get-Secret, Set-Secret, Get-SecretInfo, Remove-Secret
