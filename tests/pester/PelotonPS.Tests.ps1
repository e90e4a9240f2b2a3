# Pester 5 suite for users' real shells (PowerShell 7.4+ and Windows PowerShell 5.1).
# ./build.ps1 -Task Test runs it in a fresh process after the xunit tests; .github/workflows/ci.yml runs it
# on Windows, macOS and Linux, and under Windows PowerShell 5.1.

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $manifestPath = Join-Path $root 'out/PelotonPS/PelotonPS.psd1'
    Import-Module $manifestPath -Force
    Import-Module (Join-Path $PSScriptRoot 'FakePeloton.psm1') -Force
    $server = Start-FakePeloton
    $token = [System.Net.NetworkCredential]::new('', $server.Token).SecurePassword
    $session = Connect-Peloton -AccessToken $token -ApiBaseUri $server.Uri -AuthBaseUri $server.Uri -PassThru
    $archive = Join-Path $TestDrive 'archive'
    $null = Sync-PelotonWorkout -Session $session -Path $archive
}

AfterAll {
    Disconnect-Peloton -ErrorAction SilentlyContinue
    Stop-FakePeloton $server
}

Describe 'The manifest' {
    It 'is valid' {
        { Test-ModuleManifest $manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports exactly the cmdlets it lists' {
        $listed = (Import-PowerShellDataFile $manifestPath).CmdletsToExport | Sort-Object
        $exported = (Get-Command -Module PelotonPS).Name | Sort-Object
        $exported | Should -Be $listed
    }

    It 'is ready for the PowerShell Gallery' {
        $data = Import-PowerShellDataFile $manifestPath
        $data.Description | Should -Not -BeNullOrEmpty
        $data.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $data.PrivateData.PSData.Tags | Should -Contain 'Peloton'
        $data.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        $data.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
        $data.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'loads System.Text.Json from the runtime on PowerShell 7 and from dependencies/desktop on 5.1' {
        $location = [System.Text.Json.JsonSerializer].Assembly.Location
        if ($PSVersionTable.PSEdition -eq 'Desktop') {
            $location | Should -BeLike '*dependencies*desktop*'
        }
        else {
            $location | Should -Not -BeLike '*PelotonPS*'
        }
    }
}

Describe 'Help' {
    It 'is complete for <_>' -ForEach @((Import-PowerShellDataFile (Join-Path (Resolve-Path (Join-Path $PSScriptRoot '../..')) 'out/PelotonPS/PelotonPS.psd1')).CmdletsToExport) {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Description | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $parameters = (Get-Command $_).Parameters.Values | Where-Object { $_.Name -notin $common -and -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }) }
        foreach ($parameter in $parameters) {
            $described = $help.Parameters.Parameter | Where-Object Name -EQ $parameter.Name
            ($described.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs help"
        }
    }
}

Describe 'Output objects' {
    It 'round-trip through Export-Csv and Import-Csv as flat values: <TypeName>' -ForEach @(
        @{ TypeName = 'PelotonPS.Workout'; Produce = { Get-PelotonWorkout -Session $session -First 5 -IncludeSummary }; Key = 'WorkoutId' }
        @{ TypeName = 'PelotonPS.Session'; Produce = { $session }; Key = 'UserId' }
        @{ TypeName = 'PelotonPS.PerformanceGraph'; Produce = { Get-PelotonWorkout -Session $session -First 2 | Get-PelotonPerformanceGraph -Session $session }; Key = 'WorkoutId' }
        @{ TypeName = 'PelotonPS.WorkoutSample'; Produce = { Get-PelotonWorkout -Session $session -First 1 | Get-PelotonWorkoutSample -Session $session -EveryN 60 }; Key = 'Offset' }
        @{ TypeName = 'PelotonPS.WorkoutMovement'; Produce = { Get-PelotonWorkout -Session $session -FitnessDiscipline strength -First 1 | Get-PelotonWorkoutMovement -Session $session }; Key = 'MovementName' }
        @{ TypeName = 'PelotonPS.Ride'; Produce = { Get-PelotonClass -Session $session -First 5 }; Key = 'RideId' }
        @{ TypeName = 'PelotonPS.Instructor'; Produce = { Get-PelotonInstructor -Session $session }; Key = 'InstructorId' }
        @{ TypeName = 'PelotonPS.User'; Produce = { Get-PelotonUser -Session $session }; Key = 'UserId' }
        @{ TypeName = 'PelotonPS.Overview'; Produce = { Get-PelotonOverview -Session $session }; Key = 'UserId' }
        @{ TypeName = 'PelotonPS.PersonalRecord'; Produce = { Get-PelotonOverview -Session $session -PersonalRecords }; Key = 'WorkoutId' }
        @{ TypeName = 'PelotonPS.SyncResult'; Produce = { Sync-PelotonWorkout -Session $session -Path $archive }; Key = 'UserId' }
    ) {
        $objects = @(& $Produce)
        $objects.Count | Should -BeGreaterThan 0
        $objects[0].PSObject.TypeNames | Should -Contain $TypeName
        $csv = Join-Path $TestDrive "$TypeName.csv"
        $objects | Export-Csv -Path $csv -NoTypeInformation
        $rows = @(Import-Csv -Path $csv)
        $rows.Count | Should -Be $objects.Count
        "$($rows[0].$Key)" | Should -Be "$($objects[0].$Key)"
        Get-Content $csv -Raw | Should -Not -Match 'System\.(Collections|Object\[\])|PelotonPS\.\w+\b(?!\.json)'
    }

    It 'has a format view: <_>' -ForEach @('PelotonPS.Session', 'PelotonPS.Workout', 'PelotonPS.PerformanceGraph', 'PelotonPS.WorkoutSample',
        'PelotonPS.WorkoutMovement', 'PelotonPS.Ride', 'PelotonPS.Instructor', 'PelotonPS.User', 'PelotonPS.Overview', 'PelotonPS.PersonalRecord', 'PelotonPS.SyncResult') {
        Get-FormatData -TypeName $_ | Should -Not -BeNullOrEmpty
    }
}

Describe 'Errors' {
    It 'says PelotonNotConnected when no session exists' {
        Disconnect-Peloton -ErrorAction SilentlyContinue
        { Get-PelotonWorkout -First 1 -ErrorAction Stop } | Should -Throw -ErrorId 'PelotonNotConnected,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand'
    }
}

Describe 'The README cookbook, in a real shell' {
    BeforeAll {
        $readme = Get-Content (Join-Path $root 'README.md') -Raw
        $cookbook = $readme.Substring($readme.IndexOf('## Cookbook'))
        $cookbook = $cookbook.Substring(0, $cookbook.IndexOf("`n## ", 5))
        $script:recipes = [regex]::Matches($cookbook, '### (?<title>[^\n]+)\n.*?```powershell\n(?<code>.*?)```', 'Singleline') |
            ForEach-Object { @{ Title = $_.Groups['title'].Value.Trim(); Code = $_.Groups['code'].Value } }
    }

    It 'has six recipes' {
        $script:recipes.Count | Should -Be 6
    }

    It 'runs: <Title>' -ForEach @(
        @{ Title = 'Export the whole history to CSV'; Check = { (Import-Csv ./peloton-workouts.csv).Count | Should -BeGreaterThan 0 } }
        @{ Title = 'Totals per discipline per month'; Check = { (Import-Csv ./monthly-totals.csv).Count | Should -BeGreaterThan 0 } }
        @{ Title = "One ride's per-second data to CSV"; Check = { (Import-Csv ./last-ride-per-second.csv).Count | Should -BeGreaterThan 0 } }
        @{ Title = 'Find 30-minute classes by an instructor'; Check = { } }
        @{ Title = 'A scheduled daily sync with credentials from SecretManagement'; Check = { (Import-Csv ./sync-history.csv).Count | Should -Be 1 } }
        @{ Title = 'Connect with a token copied from the browser'; Check = { (Get-PelotonSession).Username | Should -Be 'jdoe' } }
    ) {
        $code = ($script:recipes | Where-Object Title -EQ $Title).Code
        $code | Should -Not -BeNullOrEmpty
        Push-Location $TestDrive
        try {
            $env:PELOTONPS_API_BASE_URI = $server.Uri
            $env:PELOTONPS_AUTH_BASE_URI = $server.Uri
            $env:PELOTONPS_ACCESS_TOKEN = $server.Token
            $env:PELOTONPS_ARCHIVE_DIR = Join-Path $TestDrive 'cookbook-archive'
            # What a vault and a user would answer.
            function Get-Secret { param($Name) [pscredential]::new('jdoe@example.com', [System.Net.NetworkCredential]::new('', 'correct horse battery staple').SecurePassword) }
            function Read-Host { param($Prompt, [switch] $AsSecureString) [System.Net.NetworkCredential]::new('', $server.Token).SecurePassword }
            if ($code -notmatch 'Connect-Peloton') { Connect-Peloton }
            $output = . ([scriptblock]::Create($code.Replace('Import-Module PelotonPS', "Import-Module '$manifestPath'")))
            & $Check
        }
        finally {
            Pop-Location
            Remove-Item Env:PELOTONPS_ACCESS_TOKEN, Env:PELOTONPS_ARCHIVE_DIR -ErrorAction SilentlyContinue
        }
    }
}
