"""The simulator's Azure Policy: built-in rules decide compliance; remediations deploy the DINE's own template."""

from __future__ import annotations

from typing import Any

import pytest

from core.policy.initiative import INITIATIVE_ID
from core.simulator.arm_expressions import ExpressionError, evaluate
from core.simulator.policy_engine import Context, applied_members, compliant, deploy_template, matches
from core.simulator.store import ResourceStore
from tests.policy.conftest import scenario

PROD = "3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91"


def test_expressions() -> None:
    fns = {"parameters": lambda n: {"a": "x"}.get(n), "field": lambda n: "UserAssigned"}
    assert evaluate("[concat(parameters('a'), '/', 'b''c')]", fns) == "x/b'c"
    assert evaluate("[if(contains(field('identity.type'), 'UserAssigned'), 'yes', 'no')]", fns) == "yes"
    assert evaluate("[[literal]", fns) == "[literal]"
    assert evaluate({"k": ["[parameters('a')]"]}, fns) == {"k": ["x"]}
    with pytest.raises(ExpressionError):
        evaluate("[reference('x')]", fns)


def _members() -> dict[str, Any]:
    assignment = {"id": "/a", "properties": {"policyDefinitionId": INITIATIVE_ID, "parameters": {}}}
    return {m.reference_id: m for m in applied_members(assignment)}


def _vms() -> dict[str, dict[str, Any]]:
    store = ResourceStore.from_snapshot(scenario("demo"))
    return {vm["name"]: vm for vm in store.list_type("Microsoft.Compute/virtualMachines")}


def test_windows_dine_matches_trusted_launch_windows_vms_only() -> None:
    member = _members()["TrustedLaunch_DeployWindowsExtensionVM"]
    vms = _vms()
    assert matches(member.rule["if"], Context(vms["vm-app-02"], member.parameters))
    assert not matches(member.rule["if"], Context(vms["vm-lnx-03"], member.parameters))  # Linux
    assert not matches(member.rule["if"], Context(vms["vm-sql-04"], member.parameters))  # Secure Boot off
    assert not matches(member.rule["if"], Context(vms["vm-legacy-06"], member.parameters))  # not Trusted Launch


def test_compliance_follows_the_existence_condition() -> None:
    store = ResourceStore.from_snapshot(scenario("demo"))
    vms = {vm["name"]: vm for vm in store.list_type("Microsoft.Compute/virtualMachines")}
    member = _members()["TrustedLaunch_DeployWindowsExtensionVM"]
    assert compliant(store, member, vms["vm-web-01"]) is True  # extension Succeeded
    assert compliant(store, member, vms["vm-app-02"]) is False  # no extension
    assert compliant(store, member, vms["vm-lnx-03"]) is None  # does not apply


def test_the_template_deploys_the_extension_with_the_dines_own_settings() -> None:
    member = _members()["TrustedLaunch_DeployLinuxExtensionVM"]
    vm = _vms()["vm-lnx-03"]
    (resource,) = deploy_template(member, vm)
    assert resource["name"] == "vm-lnx-03/GuestAttestation" and resource["location"] == vm["location"]
    props = resource["properties"]
    assert props["publisher"] == "Microsoft.Azure.Security.LinuxAttestation" and props["typeHandlerVersion"] == "1.0"
    assert props["autoUpgradeMinorVersion"] is True and "enableAutomaticUpgrade" not in props
    assert props["settings"]["AttestationConfig"]["MaaSettings"] == {
        "maaEndpoint": "",
        "maaTenantName": "GuestAttestation",
    }
