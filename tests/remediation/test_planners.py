"""Pure planners on hand-made ARM JSON and blockers: priorities, reuse, names, bodies, and their translations."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

from core.diagnosis.extension import ExtensionReport
from core.diagnosis.model import Blocker, BlockerKind, Severity
from core.diagnosis.prerequisites import PrerequisiteReport
from core.remediation.armjson import same
from core.remediation.audit import AuditLog, principal_from_token
from core.remediation.extension_plan import ExtensionOptions, InvalidEndpointError, plan_extension
from core.remediation.firewall_plan import highest_free_before, plan_classic, plan_policy
from core.remediation.nsg_plan import plan_nsg
from core.remediation.permissions import allows
from core.remediation.plan import OpKind
from core.remediation.uefi_plan import plan_uefi
from core.security_type import SecurityType

NSG = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg1"
VM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
ROOT = Path(__file__).resolve().parents[2]


def rule(name: str, priority: int, access: str = "Deny", direction: str = "Outbound", **extra: Any) -> dict[str, Any]:
    props = {
        "protocol": "*",
        "sourcePortRange": "*",
        "destinationPortRange": "*",
        "sourceAddressPrefix": "*",
        "destinationAddressPrefix": "Internet",
        "access": access,
        "priority": priority,
        "direction": direction,
        **extra,
    }
    return {"name": name, "id": f"{NSG}/securityRules/{name}", "etag": f'W/"{name}"', "properties": props}


def nsg(*rules: dict[str, Any]) -> dict[str, Any]:
    return {"id": NSG, "name": "nsg1", "properties": {"securityRules": list(rules)}}


def deny(name: str, priority: int | None) -> Blocker:
    return Blocker(BlockerKind.NSG, NSG, name, priority, "nic")


def test_nsg_rule_takes_the_highest_free_priority_below_the_blocker() -> None:
    part = plan_nsg(
        nsg(
            rule("Deny", 300),
            rule("Other", 299, "Allow", destinationAddressPrefix="Storage"),
            rule("In", 298, direction="Inbound"),
        ),
        [deny("Deny", 300)],
        source="10.0.0.4",
        vm_name="vm1",
    )
    (op,) = part.operations
    assert op.kind is OpKind.CREATE and op.method == "PUT"
    assert op.target_id == f"{NSG}/securityRules/Allow-AzureAttestation-Out-298"
    assert op.precondition.headers() == {"If-None-Match": "*"}
    body = op.body["properties"]  # type: ignore[index]
    assert (body["priority"], body["destinationAddressPrefix"], body["destinationPortRange"]) == (
        298,
        "AzureAttestation",
        "443",
    )
    assert body["protocol"] == "Tcp" and body["sourceAddressPrefix"] == "10.0.0.4" and body["access"] == "Allow"
    assert "az network nsg rule create" in op.az_cli and "--priority 298" in op.az_cli


def test_default_deny_blocker_uses_4096_and_names_stay_unique() -> None:
    taken = rule("Allow-AzureAttestation-Out-4096", 200, "Allow", direction="Inbound")
    part = plan_nsg(nsg(taken), [deny("DenyAllOutBound", 65500)], source="VirtualNetwork", vm_name="vm1")
    assert part.operations[0].target_id.endswith("/Allow-AzureAttestation-Out-4096-2")
    assert part.operations[0].body["properties"]["priority"] == 4096  # type: ignore[index]


def test_an_equivalent_rule_ahead_of_the_blocker_is_reused() -> None:
    existing = rule(
        "Allow-Attest",
        150,
        "Allow",
        protocol="Tcp",
        destinationAddressPrefix="AzureAttestation",
        destinationPortRange="443",
        sourceAddressPrefix="10.0.0.0/24",
    )
    part = plan_nsg(nsg(existing, rule("Deny", 300)), [deny("Deny", 300)], source="10.0.0.4", vm_name="vm1")
    assert part.operations == () and part.notes[0].code == "NSG_EQUIVALENT_EXISTS"


def test_no_room_below_the_blocker_explains_when_the_blocker_cannot_move() -> None:
    part = plan_nsg(nsg(rule("Deny", 100), rule("Next", 101)), [deny("Deny", 100)], source="10.0.0.4", vm_name="vm1")
    assert part.operations == () and part.notes[0].blocking and part.notes[0].severity is Severity.ERROR


def test_blocker_at_100_moves_one_step_then_ours_takes_100() -> None:
    part = plan_nsg(nsg(rule("Deny", 100)), [deny("Deny", 100)], source="10.0.0.4", vm_name="vm1")
    move, create = part.operations
    assert move.kind is OpKind.MODIFY and move.precondition.if_match == 'W/"Deny"'
    assert move.body["properties"]["priority"] == 101 and move.previous["properties"]["priority"] == 100  # type: ignore[index]
    assert create.body["properties"]["priority"] == 100  # type: ignore[index]


FW = "/subscriptions/h/resourceGroups/rg/providers/Microsoft.Network/azureFirewalls/fw"


def firewall(*collections: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": FW,
        "name": "fw",
        "etag": 'W/"1"',
        "location": "westeurope",
        "properties": {
            "provisioningState": "Succeeded",
            "networkRuleCollections": list(collections),
            "applicationRuleCollections": [],
        },
    }


def collection(name: str, priority: int, action: str, rule_name: str) -> dict[str, Any]:
    return {
        "name": name,
        "properties": {
            "priority": priority,
            "action": {"type": action},
            "rules": [{"name": rule_name, "protocols": ["Any"]}],
        },
    }


def test_classic_collection_goes_right_before_the_denying_collection() -> None:
    fw = firewall(collection("Deny-Web", 400, "Deny", "deny-all"), collection("Allow-Dns", 399, "Allow", "dns"))
    blocker = Blocker(BlockerKind.FIREWALL, FW, "deny-all", 400)
    (op,) = plan_classic(fw, blocker, source="10.1.0.4", prefer="firewall-network", fqdn=None).operations
    assert op.addition is not None and op.addition.item["properties"]["priority"] == 398
    assert op.precondition.if_match == 'W/"1"'
    names = [c["name"] for c in op.body["properties"]["networkRuleCollections"]]  # type: ignore[index]
    assert names == ["Deny-Web", "Allow-Dns", "Allow-AzureAttestation"]
    assert "provisioningState" not in op.body["properties"]  # type: ignore[index]


def test_application_rule_is_refused_when_a_network_rule_denies() -> None:
    fw = firewall(collection("Deny-Web", 400, "Deny", "deny-all"))
    blocker = Blocker(BlockerKind.FIREWALL, FW, "deny-all", 400)
    part = plan_classic(
        fw, blocker, source="10.1.0.4", prefer="firewall-application", fqdn="sharedweu.weu.attest.azure.net"
    )
    assert part.notes[0].code == "FW_APP_NOT_POSSIBLE"
    assert part.operations[0].addition.key == "networkRuleCollections"  # type: ignore[union-attr]


def test_application_rule_for_the_shared_host_on_default_deny() -> None:
    part = plan_classic(
        firewall(),
        Blocker(BlockerKind.FIREWALL, FW, None, None),
        source="10.1.0.4",
        prefer="firewall-application",
        fqdn="sharedweu.weu.attest.azure.net",
    )
    addition = part.operations[0].addition
    assert addition is not None and addition.key == "applicationRuleCollections"
    assert addition.item["properties"]["rules"][0]["targetFqdns"] == ["sharedweu.weu.attest.azure.net"]


def test_policy_group_goes_before_the_group_holding_the_deny() -> None:
    pol = "/subscriptions/h/resourceGroups/rg/providers/Microsoft.Network/firewallPolicies/p"
    groups = [
        {
            "name": "Deny",
            "id": f"{pol}/ruleCollectionGroups/Deny",
            "properties": {
                "priority": 500,
                "ruleCollections": [
                    {
                        "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
                        "name": "d",
                        "priority": 100,
                        "action": {"type": "Deny"},
                        "rules": [{"ruleType": "NetworkRule", "name": "deny-out"}],
                    }
                ],
            },
        },
        {"name": "Other", "id": f"{pol}/ruleCollectionGroups/Other", "properties": {"priority": 499}},
    ]
    blocker = Blocker(BlockerKind.FIREWALL, pol, "deny-out", 100)
    part = plan_policy(
        {"id": pol, "name": "p"},
        groups,
        blocker,
        source="10.1.0.4",
        prefer="firewall-network",
        fqdn=None,
        is_parent=True,
    )
    (op,) = part.operations
    assert op.body["properties"]["priority"] == 498 and op.precondition.if_none_match  # type: ignore[index]
    assert op.body["properties"]["ruleCollections"][0]["rules"][0]["ipProtocols"] == ["TCP"]  # type: ignore[index]
    assert [n.code for n in part.notes] == ["FW_PARENT_POLICY"]


def test_highest_free_before() -> None:
    assert highest_free_before({200, 300}, None) == 400
    assert highest_free_before({100, 101}, 102) is None
    assert highest_free_before(set(), 65001) == 65000


def _report(**kw: Any) -> ExtensionReport:
    return ExtensionReport(**kw)


def test_extension_body_is_canonical_and_linux_gets_the_transitioning_note() -> None:
    part = plan_extension(
        VM,
        location="westeurope",
        os_type="Linux",
        power_state="running",
        report=_report(installed=False),
        existing=None,
        options=ExtensionOptions(),
    )
    (op,) = part.operations
    props = op.body["properties"]  # type: ignore[index]
    assert props["publisher"] == "Microsoft.Azure.Security.LinuxAttestation" and props["type"] == "GuestAttestation"
    assert props["typeHandlerVersion"] == "1.0" and props["autoUpgradeMinorVersion"] is True
    assert props["enableAutomaticUpgrade"] is True
    assert props["settings"]["AttestationConfig"]["useCustomToken"] == "false"
    codes = [n.code for n in part.notes]
    assert codes == ["EXT_SHARED_PROVIDER", "EXT_LINUX_AUTO_UPGRADE"]
    assert "sharedweu.weu.attest.azure.net" in part.notes[0].render()


def test_custom_endpoint_is_validated() -> None:
    with pytest.raises(InvalidEndpointError):
        plan_extension(
            VM,
            location="westeurope",
            os_type="Windows",
            power_state="running",
            report=_report(installed=False),
            existing=None,
            options=ExtensionOptions(maa_endpoint="https://x.attest.azure.net/path"),
        )
    part = plan_extension(
        VM,
        location="westeurope",
        os_type="Windows",
        power_state="running",
        report=_report(installed=False),
        existing=None,
        options=ExtensionOptions(maa_endpoint="https://mine.weu.attest.azure.net/"),
    )
    assert part.operations[0].body["properties"]["settings"]["AttestationConfig"]["MaaSettings"]["maaEndpoint"] == (  # type: ignore[index]
        "https://mine.weu.attest.azure.net"
    )


def test_stopped_vm_gets_no_extension_operation() -> None:
    part = plan_extension(
        VM,
        location="westeurope",
        os_type="Windows",
        power_state="deallocated",
        report=_report(installed=False),
        existing=None,
        options=ExtensionOptions(),
    )
    assert part.operations == () and any(n.blocking for n in part.notes)


def prereq(security_type: str, sb: bool | None, vtpm: bool | None) -> PrerequisiteReport:
    kind = SecurityType(security_type)
    return PrerequisiteReport(kind, sb, vtpm, "Windows", "running", True, None, "V2", False)  # type: ignore[arg-type]


def test_uefi_patch_turns_on_only_what_is_off_and_says_the_vm_restarts() -> None:
    (op,) = plan_uefi(VM, {"etag": '"3"'}, prereq("TrustedLaunch", False, True)).operations
    assert op.method == "PATCH" and op.restarts_vm and op.precondition.if_match == '"3"'
    assert op.body == {"properties": {"securityProfile": {"uefiSettings": {"secureBootEnabled": True}}}}
    standard = plan_uefi(VM, {}, prereq("Standard", None, None))
    assert standard.operations == () and standard.notes[0].blocking


def test_permissions_follow_actions_and_not_actions() -> None:
    contributor = [{"actions": ["*"], "notActions": ["Microsoft.Authorization/*/Write"]}]
    assert allows(contributor, "Microsoft.Network/azureFirewalls/write")
    assert not allows(contributor, "Microsoft.Authorization/roleAssignments/write")
    assert not allows([{"actions": ["*/read"], "notActions": []}], "Microsoft.Compute/virtualMachines/write")


def test_same_ignores_server_fields_but_not_changes() -> None:
    assert same({"a": 1, "etag": "x"}, {"a": 1, "b": 2, "etag": "y"})
    assert not same({"a": [1, 2]}, {"a": [1]})


def test_principal_from_token_and_torn_audit_lines(tmp_path: Path) -> None:
    import base64

    claims = base64.urlsafe_b64encode(json.dumps({"upn": "ana@contoso.com"}).encode()).decode().rstrip("=")
    assert principal_from_token(f"h.{claims}.s") == "ana@contoso.com"
    assert principal_from_token("opaque") is None
    log = AuditLog(tmp_path / "a.jsonl")
    log.append({"runId": "1", "kind": "apply", "vmId": VM, "steps": [{"status": "applied"}]})
    with log.path.open("a", encoding="utf-8") as fh:
        fh.write('{"torn')
    assert log.undoable(VM.upper())["runId"] == "1"  # type: ignore[index]


def test_every_remediation_message_has_a_german_translation_with_the_same_placeholders() -> None:
    pending: dict[str, str] = {}
    for part in sorted((ROOT / "translations/pending").glob("*.json")):  # German of several branches
        pending.update(json.loads(part.read_text(encoding="utf-8")).get("Remediation", {}))
    files = [
        *sorted((ROOT / "core/remediation").glob("*.py")),
        *sorted((ROOT / "core/changes").glob("*.py")),
        ROOT / "core/usecases/enable.py",
    ]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                text = node.args[1].value  # type: ignore[attr-defined]
                assert text in pending, text
                assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", pending[text]))
