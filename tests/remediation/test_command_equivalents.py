"""Every az CLI and PowerShell command the plans show, checked against the real command's documented parameters.

The parameter tables below are copied from the commands' reference pages (URL next to each table). A command
we emit must be in a table, use only the parameters listed there and give every required one. Commands are
taken from real plans: enable and fix (each preference) over every shipped scenario, offline.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from core.diagnosis.path import VmNotFoundError, diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.remediation.extension_plan import ExtensionOptions
from core.remediation.fix_plan import FixOptions, plan_fix
from core.remediation.plan import Plan
from core.simulator import load_scenario
from core.simulator.scenarios import scenario_names
from core.usecases.enable import plan_enable


@dataclass(frozen=True)
class Params:
    source: str
    allowed: frozenset[str]
    required: frozenset[str] = frozenset()


def _p(source: str, allowed: str, required: str = "") -> Params:
    return Params(source, frozenset(allowed.split()), frozenset(required.split()))


_AZ_GLOBAL = " --subscription --only-show-errors --output -o --query --debug --verbose"
AZ: dict[str, Params] = {
    # The guidance notes for Virtual Network Manager admin rules and missing outbound access (issue 15).
    "network manager security-admin-config rule-collection rule create": _p(
        "https://learn.microsoft.com/cli/azure/network/manager/security-admin-config/rule-collection/rule"
        "#az-network-manager-security-admin-config-rule-collection-rule-create",
        "--access --configuration-name --direction --name -n --network-manager-name --priority --protocol "
        "--resource-group -g --rule-collection-name --description --dest-port-ranges --destinations "
        "--source-port-ranges --sources" + _AZ_GLOBAL,
        "--access --configuration-name --direction --name --network-manager-name --priority --protocol "
        "--resource-group --rule-collection-name",
    ),
    "network manager post-commit": _p(
        "https://learn.microsoft.com/cli/azure/network/manager#az-network-manager-post-commit",
        "--commit-type --target-locations --configuration-ids --ids --name -n --network-manager-name --no-wait "
        "--resource-group -g" + _AZ_GLOBAL,
        "--commit-type --target-locations",
    ),
    "network public-ip create": _p(
        "https://learn.microsoft.com/cli/azure/network/public-ip#az-network-public-ip-create",
        "--name -n --resource-group -g --allocation-method --dns-name --edge-zone --idle-timeout --ip-address "
        "--ip-tags --location -l --no-wait --public-ip-prefix --reverse-fqdn --sku --tags --tier --version --zone -z"
        + _AZ_GLOBAL,
        "--name --resource-group",
    ),
    "network nat gateway create": _p(
        "https://learn.microsoft.com/cli/azure/network/nat/gateway#az-network-nat-gateway-create",
        "--name -n --resource-group -g --idle-timeout --location -l --no-wait --public-ip-addresses "
        "--public-ip-prefixes --tags --zone -z" + _AZ_GLOBAL,
        "--name --resource-group",
    ),
    "network vnet subnet update": _p(
        "https://learn.microsoft.com/cli/azure/network/vnet/subnet#az-network-vnet-subnet-update",
        "--name -n --resource-group -g --vnet-name --address-prefixes --default-outbound-access --delegations "
        "--disable-private-endpoint-network-policies --ids --nat-gateway --network-security-group --nsg "
        "--no-wait --private-endpoint-network-policies --route-table --service-endpoints --add --remove --set "
        "--force-string" + _AZ_GLOBAL,
        "--name --resource-group --vnet-name",
    ),
    "vm extension set": _p(
        "https://learn.microsoft.com/cli/azure/vm/extension#az-vm-extension-set",
        "--name -n --publisher --enable-auto-upgrade --extension-instance-name --force-update --ids "
        "--no-auto-upgrade --no-auto-upgrade-minor-version --no-wait --protected-settings --resource-group -g "
        "--settings --version --vm-name" + _AZ_GLOBAL,
        "--name --publisher",
    ),
    "network nsg rule create": _p(
        "https://learn.microsoft.com/cli/azure/network/nsg/rule#az-network-nsg-rule-create",
        "--name -n --nsg-name --priority --resource-group -g --access --description --destination-address-prefixes "
        "--destination-asgs --destination-port-ranges --direction --no-wait --protocol --source-address-prefixes "
        "--source-asgs --source-port-ranges" + _AZ_GLOBAL,
        "--name --nsg-name --priority --resource-group",
    ),
    "network nsg rule update": _p(
        "https://learn.microsoft.com/cli/azure/network/nsg/rule#az-network-nsg-rule-update",
        "--name -n --nsg-name --priority --resource-group -g --access --description --destination-address-prefixes "
        "--destination-asgs --destination-port-ranges --direction --ids --no-wait --protocol "
        "--source-address-prefixes --source-asgs --source-port-ranges --add --remove --set --force-string" + _AZ_GLOBAL,
        "--name --nsg-name --resource-group",
    ),
    "network firewall network-rule create": _p(
        "https://learn.microsoft.com/cli/azure/network/firewall/network-rule#az-network-firewall-network-rule-create",
        "--collection-name -c --destination-ports --firewall-name -f --name -n --protocols --resource-group -g "
        "--action --description --dest-addr --destination-addresses --destination-fqdns --destination-ip-groups "
        "--priority --source-addresses --source-ip-groups" + _AZ_GLOBAL,
        "--collection-name --destination-ports --firewall-name --name --protocols --resource-group",
    ),
    "network firewall application-rule create": _p(
        "https://learn.microsoft.com/cli/azure/network/firewall/application-rule"
        "#az-network-firewall-application-rule-create",
        "--collection-name -c --firewall-name -f --name -n --protocols --resource-group -g --action --description "
        "--fqdn-tags --priority --source-addresses --source-ip-groups --target-fqdns" + _AZ_GLOBAL,
        "--collection-name --firewall-name --name --protocols --resource-group",
    ),
    "network firewall policy rule-collection-group create": _p(
        "https://learn.microsoft.com/cli/azure/network/firewall/policy/rule-collection-group"
        "#az-network-firewall-policy-rule-collection-group-create",
        "--name -n --policy-name --priority --resource-group -g --no-wait" + _AZ_GLOBAL,
        "--name --policy-name --priority --resource-group",
    ),
    "network firewall policy rule-collection-group collection add-filter-collection": _p(
        "https://learn.microsoft.com/cli/azure/network/firewall/policy/rule-collection-group/collection"
        "#az-network-firewall-policy-rule-collection-group-collection-add-filter-collection",
        "--collection-priority --name -n --policy-name --rcg-name --resource-group -g --action --description "
        "--dest-addr --destination-addresses --destination-fqdns --destination-ip-groups --destination-ports "
        "--enable-tls-inspection --fqdn-tags --http-headers-to-insert --ip-protocols --protocols --rule-name "
        "--rule-type --source-addresses --source-ip-groups --target-fqdns --target-urls --web-categories" + _AZ_GLOBAL,
        "--collection-priority --name --policy-name --rcg-name --resource-group",
    ),
    # Moving a blocking collection (group) to make room (issue 14 item 5).
    "network firewall policy rule-collection-group update": _p(
        "https://learn.microsoft.com/cli/azure/network/firewall/policy/rule-collection-group"
        "#az-network-firewall-policy-rule-collection-group-update",
        "--name -n --policy-name --priority --resource-group -g --ids --no-wait --add --remove --set --force-string"
        + _AZ_GLOBAL,
    ),
    "resource update": _p(
        "https://learn.microsoft.com/cli/azure/resource#az-resource-update",
        "--ids --name -n --namespace --parent --resource-group -g --resource-type --api-version "
        "--include-response-body --latest-include-preview -v --add --remove --set --force-string" + _AZ_GLOBAL,
    ),
    "network route-table route create": _p(
        "https://learn.microsoft.com/cli/azure/network/route-table/route#az-network-route-table-route-create",
        "--name -n --resource-group -g --route-table-name --address-prefix --next-hop-ip-address --next-hop-type "
        "--no-wait" + _AZ_GLOBAL,
        "--name --resource-group --route-table-name",
    ),
    "vm update": _p(
        "https://learn.microsoft.com/cli/azure/vm#az-vm-update",
        "--name -n --resource-group -g --ids --security-type --enable-secure-boot --enable-vtpm --no-wait "
        "--add --remove --set --force-string" + _AZ_GLOBAL,
    ),
    "vm deallocate": _p(
        "https://learn.microsoft.com/cli/azure/vm#az-vm-deallocate",
        "--name -n --resource-group -g --ids --hibernate --no-wait" + _AZ_GLOBAL,
    ),
    "vm start": _p(
        "https://learn.microsoft.com/cli/azure/vm#az-vm-start",
        "--name -n --resource-group -g --ids --no-wait" + _AZ_GLOBAL,
    ),
}
# Long and short spellings of one parameter, so "required" is satisfied by either.
_AZ_ALIASES = {
    "-n": "--name",
    "-g": "--resource-group",
    "-c": "--collection-name",
    "-f": "--firewall-name",
    "--dest-addr": "--destination-addresses",
}

_PS_COMMON = " -DefaultProfile -AsJob"
PS: dict[str, Params] = {
    "Set-AzVMExtension": _p(
        "https://learn.microsoft.com/powershell/module/az.compute/set-azvmextension",
        "-ResourceGroupName -VMName -Name -Publisher -ExtensionType -TypeHandlerVersion -Location -Settings "
        "-ProtectedSettings -SettingString -ProtectedSettingString -DisableAutoUpgradeMinorVersion "
        "-EnableAutomaticUpgrade -ForceRerun -NoWait" + _PS_COMMON,
        "-ResourceGroupName -VMName -Name -Publisher -ExtensionType -TypeHandlerVersion -Location",
    ),
    "Invoke-AzRestMethod": _p(
        "https://learn.microsoft.com/powershell/module/az.accounts/invoke-azrestmethod",
        "-Path -Method -Payload -WaitForCompletion -PollFrom -FinalResultFrom" + _PS_COMMON,
        "-Path -Method",
    ),
    "Get-AzFirewall": _p(
        "https://learn.microsoft.com/powershell/module/az.network/get-azfirewall",
        "-Name -ResourceGroupName" + _PS_COMMON,
    ),
    "New-AzFirewallNetworkRule": _p(
        "https://learn.microsoft.com/powershell/module/az.network/new-azfirewallnetworkrule",
        "-Name -Description -SourceAddress -SourceIpGroup -DestinationAddress -DestinationIpGroup -DestinationFqdn "
        "-DestinationPort -Protocol" + _PS_COMMON,
        "-Name -DestinationPort -Protocol",
    ),
    "New-AzFirewallNetworkRuleCollection": _p(
        "https://learn.microsoft.com/powershell/module/az.network/new-azfirewallnetworkrulecollection",
        "-Name -Priority -Rule -ActionType" + _PS_COMMON,
        "-Name -Priority -Rule -ActionType",
    ),
    "New-AzFirewallApplicationRule": _p(
        "https://learn.microsoft.com/powershell/module/az.network/new-azfirewallapplicationrule",
        "-Name -Description -SourceAddress -SourceIpGroup -TargetFqdn -FqdnTag -Protocol" + _PS_COMMON,
        "-Name",
    ),
    "New-AzFirewallApplicationRuleCollection": _p(
        "https://learn.microsoft.com/powershell/module/az.network/new-azfirewallapplicationrulecollection",
        "-Name -Priority -Rule -ActionType" + _PS_COMMON,
        "-Name -Priority -Rule -ActionType",
    ),
    "Set-AzFirewall": _p(
        "https://learn.microsoft.com/powershell/module/az.network/set-azfirewall",
        "-AzureFirewall" + _PS_COMMON,
        "-AzureFirewall",
    ),
    "Update-AzVM": _p(
        "https://learn.microsoft.com/powershell/module/az.compute/update-azvm",
        "-ResourceGroupName -VM -Id -Tag -SecurityType -EnableSecureBoot -EnableVtpm -NoWait" + _PS_COMMON,
        "-ResourceGroupName -VM",
    ),
    "Get-AzVM": _p(
        "https://learn.microsoft.com/powershell/module/az.compute/get-azvm",
        "-ResourceGroupName -Name -Status -DisplayHint -Location" + _PS_COMMON,
    ),
}


# --- parsing -------------------------------------------------------------------------------------------------


def az_commands(text: str) -> Iterator[tuple[str, list[str]]]:
    """(sub-command, flags) for every ``az …`` in a shell line (``;`` and ``&&`` separate commands)."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=";&|")
    lexer.whitespace_split = True
    command: list[str] = []
    for token in [*lexer, ";"]:
        if token in (";", "&&", "||", "|", "&"):
            if command:
                assert command[0] == "az", text
                first_flag = next((i for i, w in enumerate(command) if w.startswith("-")), len(command))
                yield " ".join(command[1:first_flag]), [w for w in command[first_flag:] if w.startswith("-")]
            command = []
        else:
            command.append(token)


def ps_commands(text: str) -> Iterator[tuple[str, list[str]]]:
    """(cmdlet, parameters) for every cmdlet call in a PowerShell line, including ``(Get-AzVM …)`` inside."""
    stack: list[list[str]] = [[]]
    done: list[list[str]] = []
    word, quoted, i = "", False, 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "'" and text[i + 1 : i + 2] == "'":
                word += "'"
                i += 1
            elif ch == "'":
                quoted = False
            else:
                word += ch
        elif ch == "'":
            quoted = True
            word += "\0"  # marks a quoted value: never a parameter name
        elif ch in " \t;|()":
            if word:
                stack[-1].append(word)
                word = ""
            if ch in ";|":
                done.append(stack.pop())
                stack.append([])
            elif ch == "(":
                stack.append([])
            elif ch == ")":
                done.append(stack.pop())
                stack[-1].append("<subexpression>")
        else:
            word += ch
        i += 1
    if word:
        stack[-1].append(word)
    done.extend(stack)
    for tokens in done:
        while len(tokens) >= 2 and tokens[1] == "=" and tokens[0].startswith("$"):
            tokens = tokens[2:]  # "$x = Cmdlet …"
        if not tokens or "-" not in tokens[0] or tokens[0].startswith(("$", "-", "\0")):
            continue  # a method call such as $fw.NetworkRuleCollections.Add($coll), or its quoted argument
        yield tokens[0], [t for t in tokens[1:] if t.startswith("-") and len(t) > 1 and t[1].isalpha()]


# --- the commands our plans show ------------------------------------------------------------------------------


def _plans() -> Iterator[Plan]:
    for name in scenario_names():
        if name == "demo":
            continue
        snapshot = load_scenario(name)
        vm_id = (snapshot.get("simulation") or {}).get("focusVm")
        if not vm_id:
            continue
        index = ResourceIndex(snapshot["resources"])
        try:
            diagnosis = diagnose(index, vm_id)
        except VmNotFoundError:
            continue
        yield plan_enable(diagnosis, index, ExtensionOptions())
        for prefer in ("nsg", "firewall-network", "firewall-application"):
            yield plan_fix(diagnosis, index, FixOptions(prefer=prefer))  # type: ignore[arg-type]


def _emitted() -> tuple[list[str], list[str]]:
    az: set[str] = set()
    pwsh: set[str] = set()
    for plan in _plans():
        for op in plan.operations:
            if op.az_cli:
                az.add(op.az_cli)
            if op.powershell:
                pwsh.add(op.powershell)
        for note in plan.notes:
            for key in ("command", "commands"):
                value = note.args.get(key)
                if isinstance(value, str) and value.startswith("az "):
                    az.add(value)
    return sorted(az), sorted(pwsh)


AZ_LINES, PS_LINES = _emitted()


def test_the_plans_emit_every_kind_of_command_we_check() -> None:
    seen_az = {sub for line in AZ_LINES for sub, _ in az_commands(line)}
    seen_ps = {cmd for line in PS_LINES for cmd, _ in ps_commands(line)}
    assert {"vm extension set", "network nsg rule create", "network firewall network-rule create"} <= seen_az
    assert {"Set-AzVMExtension", "Invoke-AzRestMethod", "New-AzFirewallNetworkRule"} <= seen_ps


@pytest.mark.parametrize("line", AZ_LINES)
def test_az_command_uses_only_documented_parameters(line: str) -> None:
    for sub, flags in az_commands(line):
        assert sub in AZ, f"undocumented az command: az {sub}"
        table = AZ[sub]
        unknown = [f for f in flags if f not in table.allowed]
        assert not unknown, f"az {sub}: {unknown} not in {table.source}"
        given = {_AZ_ALIASES.get(f, f) for f in flags}
        assert table.required <= given, f"az {sub}: missing {sorted(table.required - given)} ({table.source})"


@pytest.mark.parametrize("line", PS_LINES)
def test_powershell_command_uses_only_documented_parameters(line: str) -> None:
    for cmdlet, params in ps_commands(line):
        assert cmdlet in PS, f"undocumented cmdlet: {cmdlet}"
        table = PS[cmdlet]
        unknown = [p for p in params if p not in table.allowed]
        assert not unknown, f"{cmdlet}: {unknown} not in {table.source}"
        assert table.required <= set(params), f"{cmdlet}: missing {sorted(table.required - set(params))}"


def test_az_vm_extension_set_names_the_type_and_the_instance_separately() -> None:
    # In az CLI -n/--name is the extension *type*; another instance name goes into --extension-instance-name.
    from core.diagnosis.extension import ExtensionReport
    from core.remediation.extension_plan import plan_extension

    vm_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
    part = plan_extension(
        vm_id,
        location="westeurope",
        os_type="Windows",
        power_state="running",
        report=ExtensionReport(installed=True, name="MyAttest", provisioning_state="Failed"),
        existing={"properties": {}},
        options=ExtensionOptions(),
    )
    tokens = shlex.split(part.operations[0].az_cli)
    assert tokens[tokens.index("--name") + 1] == "GuestAttestation"
    assert tokens[tokens.index("--extension-instance-name") + 1] == "MyAttest"
    assert "-Name 'MyAttest'" in part.operations[0].powershell


def test_the_parsers_reject_what_they_should() -> None:
    assert list(az_commands("az vm start -g rg -n vm; az vm update -g rg -n vm --bogus 1")) == [
        ("vm start", ["-g", "-n"]),
        ("vm update", ["-g", "-n", "--bogus"]),
    ]
    parsed = list(ps_commands("Update-AzVM -ResourceGroupName 'r-g' -VM (Get-AzVM -Name 'x') -EnableVtpm $true"))
    assert ("Get-AzVM", ["-Name"]) in parsed
    assert ("Update-AzVM", ["-ResourceGroupName", "-VM", "-EnableVtpm"]) in parsed
