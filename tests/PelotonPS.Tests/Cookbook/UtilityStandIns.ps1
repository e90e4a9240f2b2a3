# Stand-ins for the few Utility cmdlets the README's recipes use. A runspace hosted on
# System.Management.Automation alone has no Microsoft.PowerShell.Utility; each stand-in is defined only
# when the real command is missing, so in a real shell (the Pester suite) the real ones run.
# Get-Secret and Read-Host answer from variables the test sets, as a vault and a user would.

if (-not (Get-Command Export-Csv -ErrorAction Ignore)) {
    function Export-Csv {
        param([Parameter(Mandatory, Position = 0)] [string] $Path, [Parameter(ValueFromPipeline)] $InputObject, [switch] $NoTypeInformation, [switch] $Append)
        begin { $rows = [System.Collections.Generic.List[object]]::new() }
        process { $rows.Add($InputObject) }
        end {
            $file = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
            $names = @($rows[0].PSObject.Properties.Name)
            $lines = [System.Collections.Generic.List[string]]::new()
            if (-not ($Append -and [System.IO.File]::Exists($file))) { $lines.Add('"' + ($names -join '","') + '"') }
            foreach ($row in $rows) {
                $cells = foreach ($name in $names) { ([string]$row.$name).Replace('"', '""') }
                $lines.Add('"' + ($cells -join '","') + '"')
            }
            [System.IO.File]::AppendAllLines($file, $lines)
        }
    }
}

if (-not (Get-Command Group-Object -ErrorAction Ignore)) {
    function Group-Object {
        param([Parameter(Mandatory, Position = 0)] $Property, [Parameter(ValueFromPipeline)] $InputObject)
        begin { $groups = [ordered]@{} }
        process {
            $key = if ($Property -is [scriptblock]) { [string]($InputObject | ForEach-Object $Property) } else { [string]$InputObject.$Property }
            if (-not $groups.Contains($key)) { $groups[$key] = [System.Collections.Generic.List[object]]::new() }
            $groups[$key].Add($InputObject)
        }
        end { foreach ($key in $groups.Keys) { [pscustomobject]@{ Name = $key; Count = $groups[$key].Count; Group = $groups[$key] } } }
    }
}

if (-not (Get-Command Measure-Object -ErrorAction Ignore)) {
    function Measure-Object {
        param([Parameter(Position = 0)] [string] $Property, [Parameter(ValueFromPipeline)] $InputObject, [switch] $Sum)
        begin { $total = 0.0; $count = 0 }
        process { $count++; $total += [double]$(if ($Property) { $InputObject.$Property } else { $InputObject }) }
        end { [pscustomobject]@{ Count = $count; Sum = $total } }
    }
}

function Get-Secret { param([Parameter(Mandatory)] [string] $Name) $cookbookSecrets[$Name] }

function Read-Host { param([Parameter(Position = 0)] $Prompt, [switch] $AsSecureString) [System.Net.NetworkCredential]::new('', $cookbookTypedToken).SecurePassword }
