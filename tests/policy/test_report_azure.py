"""The ticket report carries what Defender for Cloud and Azure Policy said, explained."""

from __future__ import annotations

from core.defender.status import ATTESTATION_HEALTH, evaluate_defender
from core.policy.initiative import bundled_initiative
from core.policy.status import evaluate_policy
from core.policy.usecase import AzureStatus
from core.report import ReportInput, report_html, report_json


def _status() -> AzureStatus:
    defender = evaluate_defender(
        [
            {
                "name": ATTESTATION_HEALTH,
                "properties": {"status": {"code": "Unhealthy", "statusChangeDate": "2026-12-03T04:12:40Z"}},
            }
        ],
        {"properties": {"pricingTier": "Standard"}},
    )
    return AzureStatus(
        defender, evaluate_policy("/subscriptions/s/resourceGroups/rg/providers/x/y/vm", [], bundled_initiative(), {})
    )


def test_report_has_the_azure_status_in_json_and_html() -> None:
    data = ReportInput(cloud="AzureCloud", simulated=True, vm=None, azure_status=_status())
    json = report_json(data)
    assert json["azureStatus"]["defender"]["attestationHealthy"] is False
    assert json["azureStatus"]["policy"]["guestAttestationInitiative"]["assigned"] is False
    html = report_html(data)
    assert (
        "Defender for Cloud and Azure Policy" in html and "DEFENDER_UNHEALTHY" in html and "POLICY_NOT_ASSIGNED" in html
    )
    assert report_json(ReportInput(cloud="AzureCloud", simulated=True, vm=None))["azureStatus"] is None
