# Boot Integrity Wizard - read-only network probe for Azure Guest Attestation (Windows).
#
# Run through Azure Run Command (as SYSTEM, Windows PowerShell 5.1). It changes nothing: it resolves one name,
# opens a few connections and reads settings. Every network step has a timeout; the whole script ends well
# within 60 seconds. Output: "BIW-PROBE v1", then one "key=value" line per fact, then "END" (docs/probe.md).
# Run Command keeps only the last 4096 bytes of output, so values are capped and lists are short.
#
# The wizard writes the attestation host into the next line after checking it is a plain DNS name.
$BiwHost = '__BIW_HOST__'

$ErrorActionPreference = 'Stop'
$Port = 443
$Imds = '169.254.169.254'
$WireServer = '168.63.129.16'
$TimeoutMs = 5000
$Start = Get-Date

function Out-Kv([string]$Key, [string]$Value) {
    # One line per value: control characters become spaces and values are cut at 200 characters.
    $clean = ($Value -replace '[\x00-\x1f\x7f]', ' ').Trim()
    if ($clean.Length -gt 200) { $clean = $clean.Substring(0, 200) }
    Write-Output ('{0}={1}' -f $Key, $clean)
}

# Proxy URLs may carry a user name and password; never let them leave the VM.
function Hide-Credential([string]$Text) { return ($Text -replace '://[^/@\s]*@', '://***@') }

function Test-Tcp([string]$Address, [int]$TcpPort) {
    $client = New-Object System.Net.Sockets.TcpClient
    try {
        $pending = $client.BeginConnect($Address, $TcpPort, $null, $null)
        if (-not $pending.AsyncWaitHandle.WaitOne($TimeoutMs)) { return $false }
        $client.EndConnect($pending)
        return $true
    } catch {
        return $false
    } finally {
        $client.Close()
    }
}

Write-Output 'BIW-PROBE v1'
Out-Kv 'os' 'windows'
if ($BiwHost -notmatch '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$') {
    Out-Kv 'error' 'invalid host name'
    Write-Output 'END'
    exit 0
}
Out-Kv 'host' $BiwHost
Out-Kv 'port' $Port

# --- DNS -------------------------------------------------------------------------------------------------
$Addr = $null
try {
    $servers = Get-DnsClientServerAddress -AddressFamily IPv4 | ForEach-Object { $_.ServerAddresses }
    Out-Kv 'dns.servers' (($servers | Select-Object -Unique) -join ' ')
} catch { }
try {
    # GetHostAddresses has no timeout of its own; a job bounds it.
    $job = Start-Job -ScriptBlock { param($n) [System.Net.Dns]::GetHostAddresses($n) | ForEach-Object { $_.IPAddressToString } } -ArgumentList $BiwHost
    if (Wait-Job $job -Timeout 5) { $addresses = @(Receive-Job $job) } else { $addresses = @() }
    Remove-Job $job -Force
    $v4 = @($addresses | Where-Object { $_ -notmatch ':' })
    if ($v4.Count -gt 0) { $Addr = $v4[0] } elseif ($addresses.Count -gt 0) { $Addr = $addresses[0] }
    if ($Addr) {
        Out-Kv 'dns' 'ok'
        Out-Kv 'dns.addresses' (($addresses | Select-Object -First 4) -join ' ')
    } else {
        Out-Kv 'dns' 'fail'
        Out-Kv 'dns.detail' "no address for $BiwHost"
    }
} catch {
    Out-Kv 'dns' 'fail'
    Out-Kv 'dns.detail' $_.Exception.Message
}

# --- TCP -------------------------------------------------------------------------------------------------
$TcpOk = $false
if (-not $Addr) {
    Out-Kv 'tcp' 'skip'
    Out-Kv 'tcp.reason' 'no address'
} else {
    Out-Kv 'tcp.target' "${Addr}:$Port"
    $TcpOk = Test-Tcp $Addr $Port
    if ($TcpOk) { Out-Kv 'tcp' 'ok' } else { Out-Kv 'tcp' 'fail'; Out-Kv 'tcp.detail' "no TCP connection within $($TimeoutMs / 1000) s" }
}

# --- TLS -------------------------------------------------------------------------------------------------
if (-not $TcpOk) {
    Out-Kv 'tls' 'skip'
    Out-Kv 'tls.reason' 'no TCP connection'
} else {
    $client = New-Object System.Net.Sockets.TcpClient
    try {
        $client.ReceiveTimeout = $TimeoutMs
        $client.SendTimeout = $TimeoutMs
        $client.Connect($Addr, $Port)
        # Accept any certificate: the point is to see who issued it, not to trust it.
        $callback = [System.Net.Security.RemoteCertificateValidationCallback] { param($s, $c, $ch, $e) $true }
        $ssl = New-Object System.Net.Security.SslStream($client.GetStream(), $false, $callback)
        $ssl.AuthenticateAsClient($BiwHost)
        $cert = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2($ssl.RemoteCertificate)
        Out-Kv 'tls' 'ok'
        Out-Kv 'tls.issuer' $cert.Issuer
        Out-Kv 'tls.subject' $cert.Subject
        Out-Kv 'tls.verify' $(if ($cert.Verify()) { 'trusted' } else { 'not trusted' })
        $ssl.Dispose()
    } catch {
        Out-Kv 'tls' 'fail'
        Out-Kv 'tls.detail' $_.Exception.InnerException.Message
    } finally {
        $client.Close()
    }
}

# --- Proxy -----------------------------------------------------------------------------------------------
$proxySources = New-Object System.Collections.Generic.List[string]
try {
    $winhttp = (netsh winhttp show proxy | Out-String)
    if ($winhttp -match 'Proxy Server\(s\)\s*:\s*(\S+)') { $proxySources.Add("winhttp: $($Matches[1])") }
    if ($winhttp -match 'Bypass List\s*:\s*(\S+)') { Out-Kv 'proxy.no_proxy' $Matches[1] }
} catch { }
foreach ($name in 'HTTPS_PROXY', 'HTTP_PROXY', 'ALL_PROXY') {
    $value = [Environment]::GetEnvironmentVariable($name, 'Machine')
    if ($value) { $proxySources.Add("machine env: $name=$value") }
}
$noProxy = [Environment]::GetEnvironmentVariable('NO_PROXY', 'Machine')
if ($noProxy) { Out-Kv 'proxy.no_proxy' $noProxy }
foreach ($key in 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings',
                 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings',
                 'Registry::HKEY_USERS\S-1-5-18\Software\Microsoft\Windows\CurrentVersion\Internet Settings') {
    try {
        $settings = Get-ItemProperty -Path $key -ErrorAction Stop
        if ($settings.ProxyEnable -eq 1 -and $settings.ProxyServer) { $proxySources.Add("registry: $($settings.ProxyServer)") }
        if ($settings.AutoConfigURL) { $proxySources.Add("registry PAC: $($settings.AutoConfigURL)") }
    } catch { }
}
foreach ($source in ($proxySources | Select-Object -First 6)) { Out-Kv 'proxy.source' (Hide-Credential $source) }
if ($proxySources.Count -gt 0) { Out-Kv 'proxy' 'fail' } else { Out-Kv 'proxy' 'ok' }
Out-Kv 'proxy_connect' 'skip'
Out-Kv 'proxy_connect.reason' 'not tested on Windows'

# --- IMDS ------------------------------------------------------------------------------------------------
try {
    $request = [System.Net.WebRequest]::Create("http://$Imds/metadata/instance/compute/vmId?api-version=2021-02-01&format=text")
    $request.Proxy = $null  # IMDS must never go through a proxy
    $request.Headers.Add('Metadata', 'true')
    $request.Timeout = 3000
    $response = $request.GetResponse()
    Out-Kv 'imds.code' ([int]$response.StatusCode)
    Out-Kv 'imds' 'ok'
    $response.Close()
} catch {
    Out-Kv 'imds' 'fail'
    Out-Kv 'imds.detail' $_.Exception.InnerException.Message
}

# --- Wire server (VM agent channel: ports 80 and 32526) --------------------------------------------------
$wsFail = $false
foreach ($wsPort in 80, 32526) {
    if (Test-Tcp $WireServer $wsPort) { Out-Kv "wireserver.port$wsPort" 'ok' } else { Out-Kv "wireserver.port$wsPort" 'fail'; $wsFail = $true }
}
if ($wsFail) { Out-Kv 'wireserver' 'fail' } else { Out-Kv 'wireserver' 'ok' }

# --- OS firewall (read-only) -----------------------------------------------------------------------------
try {
    $blocks = New-Object System.Collections.Generic.List[string]
    foreach ($fwProfile in Get-NetFirewallProfile | Where-Object { $_.Enabled -and $_.DefaultOutboundAction -eq 'Block' }) {
        $blocks.Add("profile $($fwProfile.Name): default outbound action Block")
    }
    $rules = Get-NetFirewallRule -Direction Outbound -Action Block -Enabled True -ErrorAction SilentlyContinue
    foreach ($rule in $rules) {
        $ports = $rule | Get-NetFirewallPortFilter
        $address = $rule | Get-NetFirewallAddressFilter
        $coversPort = ($ports.Protocol -in 'Any', 'TCP', '6') -and (@($ports.RemotePort) -contains 'Any' -or @($ports.RemotePort) -contains '443')
        if ($coversPort) {
            $blocks.Add("rule '$($rule.DisplayName)' remote $(@($address.RemoteAddress) -join ',') port $(@($ports.RemotePort) -join ',')")
        }
    }
    Out-Kv 'firewall.tools' 'NetSecurity'
    if ($blocks.Count -gt 0) {
        Out-Kv 'firewall' 'fail'
        foreach ($block in ($blocks | Select-Object -First 5)) { Out-Kv 'firewall.rule' $block }
    } else {
        Out-Kv 'firewall' 'ok'
    }
} catch {
    Out-Kv 'firewall' 'skip'
    Out-Kv 'firewall.reason' $_.Exception.Message
}

Out-Kv 'elapsed' ([int]((Get-Date) - $Start).TotalSeconds)
Write-Output 'END'
