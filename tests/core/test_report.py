from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.diagnosis.extension import evaluate_extension
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Severity, Verdict
from core.diagnosis.prerequisites import evaluate_prerequisites
from core.report import ChangeOutcome, ChangeRecord, ReportInput, VmFacts, report_html, report_json, report_json_text

EVIL = "<script>alert('x')</script>&"
VM_ID = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"


@dataclass(frozen=True)
class FakeLayer:
    layer: Layer
    resource_id: str | None
    name: str | None
    verdict: Verdict
    matches: tuple[RuleMatch, ...]
    present: bool = True


@dataclass(frozen=True)
class FakeDiagnosis:
    verdict: Verdict
    findings: tuple[Finding, ...]
    layers: tuple[FakeLayer, ...]
    blockers: tuple[Blocker, ...]

    def to_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict.value, "blockers": [b.to_json() for b in self.blockers]}


def trusted_vm() -> dict[str, Any]:
    return {
        "id": VM_ID,
        "properties": {
            "securityProfile": {
                "securityType": "TrustedLaunch",
                "uefiSettings": {"secureBootEnabled": False, "vTpmEnabled": True},
            },
            "storageProfile": {"osDisk": {"osType": "Windows"}},
        },
    }


def sample(**overrides: Any) -> ReportInput:
    nsg_rule = RuleMatch(Layer.NIC_NSG, "/nsg/" + EVIL, EVIL, 100, "Deny")
    finding = Finding("NSG_DENY", Severity.ERROR, "Rule {rule} blocks it.", {"rule": EVIL})
    diagnosis = FakeDiagnosis(
        verdict=Verdict.BLOCKED,
        findings=(finding, finding),  # duplicates are reported once
        layers=(FakeLayer(Layer.NIC_NSG, "/nsg/x", "nsg-x", Verdict.BLOCKED, (nsg_rule,)),),
        blockers=(Blocker(BlockerKind.NSG, "/nsg/x", EVIL, 100, "nic"),),
    )
    values: dict[str, Any] = {
        "cloud": "AzureCloud",
        "simulated": True,
        "vm": VmFacts(VM_ID, EVIL, "rg", "s1", "westeurope", "Windows"),
        "prerequisites": evaluate_prerequisites(trusted_vm()),
        "extension": evaluate_extension(trusted_vm(), []),
        "diagnosis": diagnosis,
        "changes": [
            ChangeRecord(
                "Add rule",
                "create",
                "/nsg/x/securityRules/" + EVIL,
                ChangeOutcome.APPLIED,
                ("req-1", "req-2"),
                datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
            )
        ],
        "commands": [f"az network nsg rule create --name '{EVIL}'"],
        "generated_at": datetime(2026, 1, 2, 3, 4, 6, tzinfo=UTC),
    }
    values.update(overrides)
    return ReportInput(**values)


def test_html_escapes_every_value_from_azure() -> None:
    page = report_html(sample())
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;" in page
    assert page.count("<script") == 0


def test_html_contains_the_ticket_facts() -> None:
    page = report_html(sample())
    for expected in (
        "2026-01-02T03:04:06Z",
        "AzureCloud",
        "westeurope",
        "req-1, req-2",
        "Blocked",
        "Deny",
        "100",
        "PREREQ_SECURE_BOOT_OFF",
        "EXT_NOT_INSTALLED",
    ):
        assert expected in page, expected


def test_html_uses_the_translation() -> None:
    german = {"Boot integrity monitoring report": "Bericht zur Startintegritätsüberwachung", "Blocked": "Blockiert"}
    page = report_html(sample(), lambda context, text: german.get(text, text), language="de")
    assert "Bericht zur Startintegritätsüberwachung" in page and "Blockiert" in page
    assert "<html lang='de'>" in page


def test_json_report_keys_and_dedupe() -> None:
    data = report_json(sample())
    assert data["schema"] == "boot-integrity-report/1"
    assert data["pathVerdict"] == "blocked"
    assert data["vm"]["name"] == EVIL
    assert data["changes"][0]["requestIds"] == ["req-1", "req-2"]
    assert data["changes"][0]["at"] == "2026-01-02T03:04:05Z"
    codes = [f["code"] for f in data["findings"]]
    assert codes.count("NSG_DENY") == 1
    assert "EXT_NOT_INSTALLED" in codes
    assert json.loads(report_json_text(sample()))["cloud"] == "AzureCloud"


def test_report_without_diagnosis_or_changes() -> None:
    data = sample(diagnosis=None, changes=(), commands=())
    page = report_html(data)
    assert "Not checked" in page and "The wizard made no changes." in page
    assert report_json(data)["pathVerdict"] is None


def test_long_commands_and_resource_ids_wrap_at_the_page_edge() -> None:
    # Commands and ARM IDs have no spaces to break at; the style lets them break anywhere in cells and <pre>.
    page = report_html(sample())
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    wrapping = [rule for rule in style.split("}") if "overflow-wrap:anywhere" in rule]
    assert wrapping and all(tag in wrapping[0] for tag in ("pre", "td", "th"))
    assert "white-space:pre-wrap" in style  # <pre> keeps its line breaks but wraps long lines
