# Pester 5 suite for users' real shells (PowerShell 7.4+ and Windows PowerShell 5.1).
# ./build.ps1 -Task Test runs it in a fresh process after the xunit tests.

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $manifestPath = Join-Path $root 'out/PelotonPS/PelotonPS.psd1'
    Import-Module $manifestPath -Force
    Import-Module (Join-Path $PSScriptRoot 'FakePeloton.psm1') -Force
    $server = Start-FakePeloton
    $token = [System.Net.NetworkCredential]::new('', $server.Token).SecurePassword
    $session = Connect-Peloton -AccessToken $token -ApiBaseUri $server.Uri -AuthBaseUri $server.Uri -PassThru
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

Describe 'Output objects' {
    It 'round-trip through Export-Csv and Import-Csv as flat values: <TypeName>' -ForEach @(
        @{ TypeName = 'PelotonPS.Workout'; Produce = { Get-PelotonWorkout -Session $session -First 5 }; Key = 'WorkoutId' }
        @{ TypeName = 'PelotonPS.Session'; Produce = { $session }; Key = 'UserId' }
    ) {
        $objects = @(& $Produce)
        $objects.Count | Should -BeGreaterThan 0
        $objects[0].PSObject.TypeNames | Should -Contain $TypeName
        $csv = Join-Path $TestDrive "$TypeName.csv"
        $objects | Export-Csv -Path $csv -NoTypeInformation
        $rows = @(Import-Csv -Path $csv)
        $rows.Count | Should -Be $objects.Count
        $rows[0].$Key | Should -Be $objects[0].$Key
        Get-Content $csv -Raw | Should -Not -Match 'System\.(Collections|Object\[\])|PelotonPS\.'
    }

    It 'has a format view: <_>' -ForEach @('PelotonPS.Workout', 'PelotonPS.Session') {
        Get-FormatData -TypeName $_ | Should -Not -BeNullOrEmpty
    }
}

Describe 'Errors' {
    It 'says PelotonNotConnected when no session exists' {
        Disconnect-Peloton -ErrorAction SilentlyContinue
        { Get-PelotonWorkout -First 1 -ErrorAction Stop } | Should -Throw -ErrorId 'PelotonNotConnected,PelotonPS.Commands.Cmdlets.GetPelotonWorkoutCommand'
    }
}
