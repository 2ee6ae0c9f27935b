"""Defender evaluator: table-driven over ARM JSON of assessments and pricings."""

from __future__ import annotations

from typing import Any

import pytest

from core.defender.status import (
    ATTESTATION_HEALTH,
    GA_EXTENSION_WINDOWS,
    AssessmentStatus,
    ServersPlan,
    evaluate_defender,
    explain_defender,
)

VM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm"


def assessment(key: str, code: Any, **status: Any) -> dict[str, Any]:
    return {
        "id": f"{VM}/providers/Microsoft.Security/assessments/{key}",
        "name": key,
        "type": "Microsoft.Security/assessments",
        "properties": {"displayName": f"title {key[:4]}", "status": {"code": code, **status}},
    }


def pricing(tier: Any) -> dict[str, Any]:
    return {"name": "VirtualMachines", "properties": {"pricingTier": tier}}


@pytest.mark.parametrize(
    ("items", "plan", "healthy", "tier"),
    [
        ([], None, None, None),
        ([assessment(ATTESTATION_HEALTH, "Healthy")], pricing("Standard"), True, ServersPlan.STANDARD),
        ([assessment(ATTESTATION_HEALTH, "Unhealthy")], pricing("Free"), False, ServersPlan.FREE),
        ([assessment(ATTESTATION_HEALTH, "NotApplicable")], pricing("Premium?"), None, None),
        ([assessment(ATTESTATION_HEALTH, "Weird")], {"properties": None}, None, None),  # unknown code: ignored
        ([assessment(GA_EXTENSION_WINDOWS, "Unhealthy")], None, None, None),  # only the health key decides
        ([assessment("00000000-0000-0000-0000-000000000000", "Unhealthy")], None, None, None),  # another topic
        ([{"name": ATTESTATION_HEALTH, "properties": "broken"}], None, None, None),
    ],
)
def test_attestation_health_and_plan(items: list[Any], plan: Any, healthy: bool | None, tier: Any) -> None:
    status = evaluate_defender(items, plan)
    assert status.attestation_healthy is healthy
    assert status.servers_plan is tier
    json = status.to_json()
    assert json["attestationHealthy"] is healthy
    assert json["serversPlan"] == (None if tier is None else tier.value)


def test_json_lists_boot_assessments_in_a_fixed_order_with_key_status_and_name() -> None:
    status = evaluate_defender(
        [assessment(GA_EXTENSION_WINDOWS, "Healthy"), assessment(ATTESTATION_HEALTH, "Unhealthy")], None
    )
    assert status.to_json()["assessments"] == [
        {"key": ATTESTATION_HEALTH, "status": "Unhealthy", "displayName": "title b760"},
        {"key": GA_EXTENSION_WINDOWS, "status": "Healthy", "displayName": "title 874b"},
    ]
    assert status.assessments[0].status is AssessmentStatus.UNHEALTHY


@pytest.mark.parametrize(
    ("code", "ours", "expected"),
    [
        ("Unhealthy", True, "DEFENDER_DISAGREES"),
        ("Healthy", False, "DEFENDER_STALE_HEALTHY"),
        ("Unhealthy", False, "DEFENDER_UNHEALTHY"),
        ("Unhealthy", None, "DEFENDER_UNHEALTHY"),
        ("Healthy", True, None),
        ("NotApplicable", True, "DEFENDER_NOT_ASSESSED"),
    ],
)
def test_disagreement_is_explained_with_the_assessment_time(code: str, ours: bool | None, expected: str | None) -> None:
    status = evaluate_defender(
        [assessment(ATTESTATION_HEALTH, code, statusChangeDate="2026-12-03T04:12:40Z", description="boot log")],
        pricing("Standard"),
    )
    found = explain_defender(status, ours)
    assert [e.code for e in found] == ([expected] if expected else [])
    if expected == "DEFENDER_DISAGREES":
        text = found[0].render()
        assert "2026-12-03 04:12 UTC" in text and "lag behind by hours" in text and "boot log" in text


def test_free_plan_says_alerts_are_not_raised_and_unreadable_says_why() -> None:
    free = explain_defender(evaluate_defender([], pricing("Free")), True)
    assert [e.code for e in free] == ["DEFENDER_NOT_ASSESSED", "DEFENDER_FREE_PLAN"]
    assert "VM attestation failure" in free[1].render()
    broken = explain_defender(evaluate_defender([], None, unreadable="403 AuthorizationFailed"), True)
    assert [e.code for e in broken] == ["DEFENDER_UNREADABLE"] and "403" in broken[0].render()
