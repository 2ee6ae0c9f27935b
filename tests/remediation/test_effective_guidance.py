"""Guidance for what Azure's computed views reveal (issue 15), through the real SDK against the simulator:
an AVNM deny, a subnet without a way out and forced tunneling get notes that say what to ask the network team
for — never an operation, and never an NSG rule against an admin rule's Deny."""

from __future__ import annotations

from typing import Any

import pytest

from core.diagnosis.model import BlockerKind, Verdict
from core.simulator.builders import security_rule
from core.usecases.fix import preview_fix
from tests.remediation.conftest import focus, run, scenario, simulated

CASES = [
    ("avnm-deny", Verdict.BLOCKED, "AVNM_DENY", "az network manager security-admin-config rule-collection rule create"),
    ("no-outbound-access", Verdict.BLOCKED, "OUTBOUND_MISSING", "az network nat gateway create"),
    ("forced-tunnel-vpn-bgp", Verdict.UNKNOWN, "FORCED_TUNNEL", None),
]


@pytest.mark.parametrize(("name", "verdict", "code", "command"), CASES)
def test_guidance_only(name: str, verdict: Verdict, code: str, command: str | None) -> None:
    snapshot = scenario(name)

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_fix(session, focus(snapshot))
            assert preview.run.diagnosis.verdict is verdict
            assert preview.plan.operations == ()
            assert preview.plan.blocked
            notes = [n for n in preview.plan.notes if n.code == code]
            assert len(notes) == 1, [n.code for n in preview.plan.notes]
            text = notes[0].render()
            if command is not None:
                assert command in text
            assert "PATH_UNKNOWN" not in {n.code for n in preview.plan.notes}

    run(body)


def test_avnm_note_names_the_exact_admin_rule() -> None:
    snapshot = scenario("avnm-deny")

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_fix(session, focus(snapshot))
            note = next(n for n in preview.plan.notes if n.code == "AVNM_DENY")
            assert note.args["rule"] == "Deny-Internet-Egress"
            assert note.args["new_priority"] == 199  # evaluated before the deny at 200
            command = str(note.args["command"])
            for part in (
                "--network-manager-name nm-contoso",
                "--configuration-name sac-baseline",
                "--rule-collection-name rc-egress",
                "--access AlwaysAllow",
                "--priority 199",
                "address-prefix:AzureAttestation,address-prefix-type:ServiceTag",
                "az network manager post-commit",
            ):
                assert part in command

    run(body)


def test_no_nsg_rule_is_proposed_against_an_admin_deny() -> None:
    """The NIC NSG denies too, but the admin rule decides first: the NSG is never reached, so no NSG change."""
    snapshot = scenario("avnm-deny")
    nsg: dict[str, Any] = next(r for r in snapshot["resources"] if r["name"] == "nsg-vm-pay-18-nic")
    nsg["properties"]["securityRules"].append(
        security_rule(nsg["id"], "Deny-Internet-Outbound", 150, "Outbound", "Deny", "Internet")
    )

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_fix(session, focus(snapshot))
            kinds = {b.kind for b in preview.run.diagnosis.blockers}
            assert kinds == {BlockerKind.AVNM}
            assert preview.plan.operations == ()
            assert [n.code for n in preview.plan.notes if n.blocking] == ["AVNM_DENY"]

    run(body)
