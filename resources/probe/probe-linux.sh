#!/bin/sh
# Boot Integrity Wizard - read-only network probe for Azure Guest Attestation (Linux).
#
# Run through Azure Run Command (as root). It changes nothing: it resolves one name, opens a few connections
# and reads settings. Every network step has a timeout; the whole script ends well within 60 seconds.
# Output: "BIW-PROBE v1", then one "key=value" line per fact, then "END" (docs/probe.md). Run Command keeps
# only the last 4096 bytes of output, so values are capped and lists are short.
#
# The wizard writes the attestation host into the next line after checking it is a plain DNS name.
BIW_HOST='__BIW_HOST__'

# Test hooks only (Azure Run Command never sets them): point the checks at local stand-ins.
PORT=${BIW_PROBE_PORT:-443}
IMDS=${BIW_PROBE_IMDS:-169.254.169.254}
WIRESERVER=${BIW_PROBE_WIRESERVER:-168.63.129.16}
WS_HTTP_PORT=${BIW_PROBE_WS_HTTP_PORT:-80}
WS_AGENT_PORT=${BIW_PROBE_WS_AGENT_PORT:-32526}
ROOT=${BIW_PROBE_ROOT:-}
HOSTS_FILE=${BIW_PROBE_HOSTS_FILE:-}
T=5

LC_ALL=C
export LC_ALL

have() { command -v "$1" >/dev/null 2>&1; }

# Bound a step by time; without coreutils' timeout the tools' own time limits still apply.
run_t() {
    if have timeout; then timeout "$@"; else shift; "$@"; fi
}

# One line per value: control characters become spaces and values are cut at 200 characters.
kv() {
    printf '%s=%s\n' "$1" "$(printf '%s' "$2" | tr '\t\r\n' '   ' | tr -d '\000-\037\177' | cut -c1-200 | sed 's/ *$//')"
}

# Proxy URLs may carry a user name and password; never let them leave the VM.
mask() { sed 's#://[^/@]*@#://***@#g'; }

echo "BIW-PROBE v1"
START=$(date +%s)
kv os linux
case "$BIW_HOST" in
    '' | *[!A-Za-z0-9.-]* | -* | .* | *..*)
        kv error "invalid host name"
        echo "END"
        exit 0
        ;;
esac
kv host "$BIW_HOST"
kv port "$PORT"

# --- DNS -------------------------------------------------------------------------------------------------
resolve() {
    if [ -n "$HOSTS_FILE" ]; then
        awk -v h="$1" '$1 !~ /^#/ { for (i = 2; i <= NF; i++) if (tolower($i) == tolower(h)) print $1 }' "$HOSTS_FILE"
    else
        # IPv4 first: that is what the attestation client uses; fall back to any family.
        addrs=$(run_t "$T" getent ahostsv4 "$1" 2>/dev/null | awk '{ print $1 }')
        [ -n "$addrs" ] || addrs=$(run_t "$T" getent ahosts "$1" 2>/dev/null | awk '{ print $1 }')
        printf '%s\n' "$addrs"
    fi | awk 'NF && !seen[$0]++' | head -n 4
}

servers=$(awk '$1 == "nameserver" { printf "%s ", $2 }' "$ROOT/etc/resolv.conf" 2>/dev/null)
kv dns.servers "$servers"
ADDR=""
if [ -z "$HOSTS_FILE" ] && ! have getent; then
    kv dns skip
    kv dns.reason "getent not found"
else
    addrs=$(resolve "$BIW_HOST" | tr '\n' ' ')
    ADDR=${addrs%% *}
    if [ -n "$ADDR" ]; then
        kv dns ok
        kv dns.addresses "$addrs"
    else
        kv dns fail
        kv dns.detail "no address for $BIW_HOST"
    fi
fi

# --- TCP -------------------------------------------------------------------------------------------------
# /dev/tcp exists only in bash, so bash is asked explicitly; nc is the fallback.
tcp_tool=""
if have bash; then tcp_tool=bash; elif have nc; then tcp_tool=nc; fi

tcp_connect() {
    case "$tcp_tool" in
        bash) run_t "$T" bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null ;;
        nc) nc -z -w "$T" "$1" "$2" 2>/dev/null ;;
        *) return 2 ;;
    esac
}

TCP_OK=0
if [ -z "$ADDR" ]; then
    kv tcp skip
    kv tcp.reason "no address"
elif [ -z "$tcp_tool" ]; then
    kv tcp skip
    kv tcp.reason "neither bash nor nc found"
else
    kv tcp.target "$ADDR:$PORT"
    if tcp_connect "$ADDR" "$PORT"; then
        TCP_OK=1
        kv tcp ok
    else
        kv tcp fail
        kv tcp.detail "no TCP connection within ${T} s"
    fi
fi

# --- TLS -------------------------------------------------------------------------------------------------
if [ "$TCP_OK" != 1 ]; then
    kv tls skip
    kv tls.reason "no TCP connection"
elif ! have openssl; then
    kv tls skip
    kv tls.reason "openssl not found"
else
    case "$ADDR" in *:*) target="[$ADDR]:$PORT" ;; *) target="$ADDR:$PORT" ;; esac
    out=$(run_t 8 openssl s_client -connect "$target" -servername "$BIW_HOST" </dev/null 2>&1)
    issuer=$(printf '%s\n' "$out" | openssl x509 -noout -issuer -nameopt RFC2253 2>/dev/null | sed 's/^issuer= *//')
    if [ -n "$issuer" ]; then
        kv tls ok
        kv tls.issuer "$issuer"
        kv tls.subject "$(printf '%s\n' "$out" | openssl x509 -noout -subject -nameopt RFC2253 2>/dev/null | sed 's/^subject= *//')"
        kv tls.verify "$(printf '%s\n' "$out" | sed -n 's/^ *Verify return code: //p' | head -n 1)"
    else
        kv tls fail
        kv tls.detail "$(printf '%s\n' "$out" | grep -i -m 1 -e error -e errno -e alert)"
    fi
fi

# --- Proxy -----------------------------------------------------------------------------------------------
# Run Command runs in the agent's environment, which the Guest Attestation extension inherits.
found=0
proxy_line() {
    found=$((found + 1))
    [ "$found" -le 6 ] && kv proxy.source "$(printf '%s' "$1" | mask)"
}
env_proxy=""
for name in https_proxy HTTPS_PROXY http_proxy HTTP_PROXY all_proxy ALL_PROXY; do
    eval "value=\${$name:-}"
    if [ -n "$value" ]; then
        proxy_line "env: $name=$value"
        [ -n "$env_proxy" ] || env_proxy=$value
    fi
done
for name in no_proxy NO_PROXY; do
    eval "value=\${$name:-}"
    [ -n "$value" ] && kv proxy.no_proxy "$value"
done
for file in "$ROOT/etc/environment" "$ROOT"/etc/profile.d/*.sh \
    "$ROOT"/etc/systemd/system/walinuxagent.service.d/*.conf "$ROOT"/etc/systemd/system/waagent.service.d/*.conf; do
    [ -r "$file" ] || continue
    grep -i -E '^[^#]*(https?|all)_proxy[[:space:]]*=' "$file" 2>/dev/null | head -n 3 | while IFS= read -r line; do
        kv proxy.source "$(printf '%s: %s' "${file#"$ROOT"}" "$line" | mask)"
    done
done
waagent_proxy=$(awk -F= '/^[[:space:]]*HttpProxy\.(Host|Port)[[:space:]]*=/ { gsub(/[[:space:]]/, "", $2); printf "%s ", $2 }' \
    "$ROOT/etc/waagent.conf" 2>/dev/null)
case "$waagent_proxy" in
    '' | 'None None ' | 'None ') ;;
    *) proxy_line "waagent.conf: HttpProxy $waagent_proxy" ;;
esac
# The per-file loop above runs in a subshell, so count its lines again here.
file_hits=$(grep -l -i -E '^[^#]*(https?|all)_proxy[[:space:]]*=' "$ROOT/etc/environment" "$ROOT"/etc/profile.d/*.sh \
    "$ROOT"/etc/systemd/system/walinuxagent.service.d/*.conf "$ROOT"/etc/systemd/system/waagent.service.d/*.conf \
    2>/dev/null | wc -l)
if [ "$found" -gt 0 ] || [ "$file_hits" -gt 0 ]; then kv proxy fail; else kv proxy ok; fi

# Through the proxy the agent's environment names, if any: does it let us reach the attestation host?
if [ -z "$env_proxy" ]; then
    kv proxy_connect skip
    kv proxy_connect.reason "no proxy in the environment"
elif ! have curl; then
    kv proxy_connect skip
    kv proxy_connect.reason "curl not found"
else
    err=$(curl -sS -k -o /dev/null --connect-timeout "$T" --max-time 8 -w '%{http_code}' --proxy "$env_proxy" \
        "https://$BIW_HOST:$PORT/" 2>&1)
    rc=$?
    if [ "$rc" = 0 ]; then
        kv proxy_connect ok
        kv proxy_connect.code "$err"
    else
        kv proxy_connect fail
        kv proxy_connect.detail "$(printf '%s' "$err" | sed 's/^[0-9]*curl:/curl:/' | mask)"
    fi
fi

# --- IMDS ------------------------------------------------------------------------------------------------
imds_url="http://$IMDS/metadata/instance/compute/vmId?api-version=2021-02-01&format=text"
if have curl; then
    code=$(curl -s -o /dev/null --noproxy '*' --connect-timeout 3 --max-time 4 -H 'Metadata: true' -w '%{http_code}' \
        "$imds_url" 2>/dev/null)
    kv imds.code "$code"
    if [ "$code" = 200 ]; then kv imds ok; else kv imds fail; fi
elif have wget; then
    if run_t 5 wget -q -T 3 -t 1 --no-proxy --header='Metadata: true' -O /dev/null "$imds_url" 2>/dev/null; then
        kv imds ok
    else
        kv imds fail
    fi
else
    kv imds skip
    kv imds.reason "neither curl nor wget found"
fi

# --- Wire server (VM agent channel: ports 80 and 32526) --------------------------------------------------
if [ -z "$tcp_tool" ]; then
    kv wireserver skip
    kv wireserver.reason "neither bash nor nc found"
else
    ws_fail=0
    for pair in "80:$WS_HTTP_PORT" "32526:$WS_AGENT_PORT"; do
        if tcp_connect "$WIRESERVER" "${pair#*:}"; then
            kv "wireserver.port${pair%%:*}" ok
        else
            kv "wireserver.port${pair%%:*}" fail
            ws_fail=1
        fi
    done
    if [ "$ws_fail" = 0 ]; then kv wireserver ok; else kv wireserver fail; fi
fi

# --- OS firewall (read-only listings) --------------------------------------------------------------------
# Candidates: DROP/REJECT rules in output chains that cover TCP 443 (no port given, or 443 among the ports), and
# a DROP policy. ACCEPT rules for 443 are listed too; the wizard weighs both (docs/probe.md).
fw_tools=""
fw_block=""
fw_allow=""
covers_443='(/(^|[^0-9])443([^0-9]|$)/ || !/dport/)'
if have iptables; then
    fw_tools="$fw_tools iptables"
    listing=$(run_t "$T" iptables -w 3 -S 2>/dev/null)
    fw_block=$(printf '%s\n' "$listing" | awk '
        /^-A [^ ]*(OUTPUT|output)/ && / -j (DROP|REJECT)/ && '"$covers_443"' { print }
        /^-P OUTPUT DROP/ { print }')
    fw_allow=$(printf '%s\n' "$listing" | awk '/^-A [^ ]*(OUTPUT|output)/ && / -j ACCEPT/ && '"$covers_443"' { print }')
fi
if have nft; then
    fw_tools="$fw_tools nft"
    listing=$(run_t "$T" nft list ruleset 2>/dev/null)
    nft_rules=$(printf '%s\n' "$listing" | awk '
        /^[[:space:]]*chain / { out = 0 }
        /hook output/ { out = 1; if (/policy drop/) print "block policy drop (" $0 ")"; next }
        out && /(^|[[:space:]])(drop|reject)/ && '"$covers_443"' { print "block " $0 }
        out && /(^|[[:space:]])accept/ && '"$covers_443"' { print "allow " $0 }' | sed 's/[[:space:]][[:space:]]*/ /g')
    fw_block="$fw_block
$(printf '%s\n' "$nft_rules" | sed -n 's/^block //p')"
    fw_allow="$fw_allow
$(printf '%s\n' "$nft_rules" | sed -n 's/^allow //p')"
fi
if have firewall-cmd; then
    fw_tools="$fw_tools firewalld"
    state=$(run_t "$T" firewall-cmd --state 2>/dev/null)
    kv firewall.firewalld "${state:-not running}"
fi
if [ -z "$fw_tools" ]; then
    kv firewall skip
    kv firewall.reason "neither iptables nor nft found"
else
    kv firewall.tools "${fw_tools# }"
    printf '%s\n' "$fw_allow" | awk 'NF && !seen[$0]++' | head -n 3 | while IFS= read -r rule; do
        kv firewall.allow "$rule"
    done
    fw_block=$(printf '%s\n' "$fw_block" | awk 'NF && !seen[$0]++')
    if [ -n "$fw_block" ]; then
        kv firewall fail
        printf '%s\n' "$fw_block" | head -n 5 | while IFS= read -r rule; do kv firewall.rule "$rule"; done
    else
        kv firewall ok
    fi
fi

kv elapsed "$(($(date +%s) - START))"
echo "END"
