# Module manifest for PelotonPS. The build stamps the version into out/PelotonPS/PelotonPS.psd1;
# import that copy, not this one.
@{
    RootModule           = 'PelotonPS.dll'
    ModuleVersion        = '{{ModuleVersion}}'
    GUID                 = '5b7f2d7e-6a8c-4f0e-9d0b-2f3c7e1a9b41'
    Author               = 'PelotonPS contributors'
    CompanyName          = 'PelotonPS'
    Copyright            = '(c) PelotonPS contributors. MIT License.'
    Description          = 'Get your own Peloton data into PowerShell: sign in, then stream workouts, per-second performance data, classes, instructors and your profile as rich objects ready for Where-Object, Export-Csv, a database or a dashboard.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('PelotonPS.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Peloton'
        'Disconnect-Peloton'
        'Get-PelotonSession'
        'Get-PelotonClass'
        'Get-PelotonInstructor'
        'Get-PelotonOverview'
        'Get-PelotonPerformanceGraph'
        'Get-PelotonRide'
        'Get-PelotonUser'
        'Get-PelotonWorkout'
        'Get-PelotonWorkoutMovement'
        'Get-PelotonWorkoutSample'
        'Sync-PelotonWorkout'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Peloton', 'Fitness', 'Workout', 'Cycling', 'Running', 'Export', 'CSV', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/PelotonPS/PelotonPS'
            LicenseUri   = 'https://github.com/PelotonPS/PelotonPS/blob/main/LICENSE'
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
