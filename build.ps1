<#
.SYNOPSIS
    Builds, tests, packages or cleans PelotonPS.
.DESCRIPTION
    One entry point for PowerShell users. It wraps the same dotnet commands CI runs (.ci/run), so a machine
    without pwsh can build and test with dotnet alone.
      Build    dotnet build; the importable module is assembled at out/PelotonPS/.
      Test     dotnet test (engine and runspace tests), then the Pester 5 suite in tests/pester in a fresh
               pwsh (and Windows PowerShell on Windows) when Pester 5 is installed.
      Package  Publishes out/PelotonPS to a temporary local repository, leaving the .nupkg in out/.
      Clean    Removes out/ and every bin/ and obj/ folder.
.EXAMPLE
    ./build.ps1 -Task Build,Test
.EXAMPLE
    ./build.ps1 -Task Clean,Build,Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Clean')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$solution = Join-Path $root 'PelotonPS.sln'
$moduleOut = Join-Path $root 'out/PelotonPS'

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Clean {
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $root 'out')
    Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'tests'), (Join-Path $root 'bench') -Directory -Recurse -Include bin, obj -ErrorAction SilentlyContinue |
        Remove-Item -Recurse -Force
}

function Invoke-Build {
    Invoke-Dotnet build $solution -c $Configuration
    Write-Host "Module assembled at $moduleOut"
}

function Test-Pester5 {
    param([string] $Shell)
    $probe = "if (Get-Module -ListAvailable Pester | Where-Object { `$_.Version -ge [version]'5.0' }) { 'yes' }"
    (& $Shell -NoProfile -NonInteractive -Command $probe) -eq 'yes'
}

function Invoke-PesterIn {
    param([string] $Shell)
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module Pester -MinimumVersion 5.0
`$config = New-PesterConfiguration
`$config.Run.Path = '$(Join-Path $root 'tests/pester')'
`$config.Run.Exit = `$true
`$config.Output.Verbosity = 'Detailed'
`$env:PELOTONPS_TEST_CONFIGURATION = '$Configuration'
Invoke-Pester -Configuration `$config
"@
    # A fresh process: the module DLLs are never locked by this shell, and nothing leaks between runs.
    & $Shell -NoProfile -NonInteractive -Command $script
    if ($LASTEXITCODE -ne 0) { throw "Pester failed in $Shell (exit code $LASTEXITCODE)." }
}

function Invoke-Test {
    Invoke-Dotnet test $solution -c $Configuration
    $shells = @()
    if (Get-Command pwsh -ErrorAction SilentlyContinue) { $shells += 'pwsh' }
    if ($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') {
        if (Get-Command powershell.exe -ErrorAction SilentlyContinue) { $shells += 'powershell.exe' }
    }
    $ran = $false
    foreach ($shell in $shells) {
        if (Test-Pester5 $shell) {
            Invoke-PesterIn $shell
            $ran = $true
        }
        else {
            Write-Host "Pester skipped in ${shell}: Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser)."
        }
    }
    if (-not $ran -and $shells.Count -eq 0) { Write-Host 'Pester skipped: no pwsh found.' }
}

function Invoke-Package {
    if (-not (Test-Path (Join-Path $moduleOut 'PelotonPS.psd1'))) { Invoke-Build }
    if (-not (Get-Command Publish-PSResource -ErrorAction SilentlyContinue)) {
        throw 'Package needs Microsoft.PowerShell.PSResourceGet (Install-Module Microsoft.PowerShell.PSResourceGet).'
    }
    $feed = Join-Path $root 'out/packages'
    New-Item -ItemType Directory -Force -Path $feed | Out-Null
    $name = 'PelotonPSBuild' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    Register-PSResourceRepository -Name $name -Uri $feed -Trusted
    try {
        Publish-PSResource -Path $moduleOut -Repository $name
        Get-ChildItem $feed -Filter *.nupkg | ForEach-Object { Write-Host "Package: $($_.FullName)" }
    }
    finally {
        Unregister-PSResourceRepository -Name $name
    }
}

foreach ($step in $Task) {
    Write-Host "== $step ($Configuration)"
    switch ($step) {
        'Clean' { Invoke-Clean }
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Package' { Invoke-Package }
    }
}
