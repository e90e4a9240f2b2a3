# Starts and stops tests/FakePeloton for the Pester suite (real shells, where pwsh and dotnet exist).

function Start-FakePeloton {
    param([int] $Workouts = 60, [string] $Token = 'pester-token')
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $configuration = if ($env:PELOTONPS_TEST_CONFIGURATION) { $env:PELOTONPS_TEST_CONFIGURATION } else { 'Debug' }
    $dll = Join-Path $root "tests/FakePeloton/bin/$configuration/net10.0/FakePeloton.dll"
    if (-not (Test-Path $dll)) { throw "Build first: $dll is missing (./build.ps1 -Task Build)." }
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
    $process = Start-Process dotnet -ArgumentList $dll, '--port', $port, '--workouts', $Workouts, '--token', $Token -PassThru -WindowStyle Hidden
    $uri = "http://127.0.0.1:$port/"
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while ([DateTime]::UtcNow -lt $deadline) {
        try {
            $client = [System.Net.Sockets.TcpClient]::new('127.0.0.1', $port); $client.Dispose()
            return [pscustomobject]@{ Uri = $uri; Token = $Token; Process = $process }
        }
        catch { Start-Sleep -Milliseconds 100 }
    }
    $process | Stop-Process -Force
    throw "FakePeloton did not start on $uri."
}

function Stop-FakePeloton {
    param($Server)
    if ($Server -and -not $Server.Process.HasExited) { $Server.Process | Stop-Process -Force }
}

Export-ModuleMember -Function Start-FakePeloton, Stop-FakePeloton
