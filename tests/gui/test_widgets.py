"""Widgets fed with hand-made data: the layers view, the checklist, copyable text and the plan preview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QGuiApplication

from core.diagnosis.model import Layer, RuleMatch, Severity, Verdict
from gui.widgets.checklist import ChecklistItem, ChecklistPanel, ChecklistWidget
from gui.widgets.copy_text import CopyableText
from gui.widgets.layers_view import LAYER_ROLE, LayersView
from gui.widgets.status import SYMBOLS, Status


@dataclass(frozen=True)
class FakeLayer:
    layer: Layer
    resource_id: str | None
    name: str | None
    verdict: Verdict
    matches: tuple[RuleMatch, ...]
    present: bool


NSG_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg-web"


def sample_layers() -> list[FakeLayer]:
    deny = RuleMatch(Layer.NIC_NSG, NSG_ID, "Deny-Internet-Outbound", 100, "Deny")
    return [
        FakeLayer(Layer.NIC_NSG, NSG_ID, "nsg-web", Verdict.BLOCKED, (deny,), True),
        FakeLayer(Layer.SUBNET_NSG, None, None, Verdict.ALLOWED, (), False),
        FakeLayer(
            Layer.ROUTE,
            "/rt",
            "rt-spoke",
            Verdict.ALLOWED,
            (RuleMatch(Layer.ROUTE, "/rt", "default", None, "Internet", is_default=True),),
            True,
        ),
        FakeLayer(
            Layer.FIREWALL,
            "/fw",
            "fw-hub",
            Verdict.ALLOWED,
            (RuleMatch(Layer.FIREWALL, "/fw", "allow-attest", 200, "Allow", collection="net/coll"),),
            True,
        ),
    ]


def test_layers_view_shows_each_layer_with_rule_priority_action(qtbot: Any) -> None:
    view = LayersView()
    qtbot.addWidget(view)
    view.set_layers(sample_layers())
    assert view.topLevelItemCount() == 4
    nic = view.topLevelItem(0)
    assert [nic.text(c) for c in range(1, 5)] == ["nsg-web", "Deny-Internet-Outbound", "100", "Deny"]
    assert "Blocked" in nic.text(5) and nic.text(0).startswith("1. NSG on the network interface")
    assert nic.isExpanded()  # the blocking layer opens by itself
    assert nic.child(0).text(0) == f"Resource ID: {NSG_ID}"  # evidence: the resource ID, spanning the row
    assert nic.child(0).isFirstColumnSpanned()
    subnet = view.topLevelItem(1)
    assert subnet.text(1) == "No NSG on the subnet" and not subnet.isExpanded()
    route = view.topLevelItem(2)
    assert route.text(2) == "default (default)" and route.text(3) == "—" and route.text(4) == "Internet"
    firewall = view.topLevelItem(3)
    assert firewall.text(2) == "net/coll / allow-attest"
    assert view.topLevelItem(0).data(0, LAYER_ROLE).name == "nsg-web"


def test_checklist_reuses_rows_by_key(qtbot: Any) -> None:
    widget = ChecklistWidget()
    qtbot.addWidget(widget)
    widget.set_items([ChecklistItem("a", Status.OK, "A", "fine"), ChecklistItem("b", Status.FAIL, "B", "bad")])
    row_b = widget.rows["b"]
    widget.set_items([ChecklistItem("b", Status.OK, "B", "fixed")])
    assert list(widget.rows) == ["b"] and widget.rows["b"] is row_b
    assert row_b.symbol.text() == "✔" and row_b.explanation.text() == "fixed"
    assert row_b.symbol.accessibleDescription() == "OK"


def test_checklist_panel_keeps_rows_at_the_top_and_extras_below_them(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    extra = QLabel("inside the VM")
    panel.add_below(extra)
    panel.set_items([ChecklistItem("a", Status.WARN, "A", "look at it")])
    column = panel.widget().layout()
    assert [column.itemAt(i).widget() for i in range(2)] == [panel.checklist, extra]
    assert column.itemAt(2).spacerItem() is not None  # the stretch stays last
    assert panel.checklist.rows["a"].symbol.text() == SYMBOLS[Status.WARN]


def test_copyable_text_copies(qtbot: Any) -> None:
    widget = CopyableText()
    qtbot.addWidget(widget)
    widget.set_text("az network nsg rule create", "Azure CLI command")
    widget.copy_button.click()
    assert QGuiApplication.clipboard().text() == "az network nsg rule create"
    assert widget.copy_button.accessibleName() == "Copy Azure CLI command"


def test_plan_preview_marks_each_operation_kind_and_note_severity(qtbot: Any) -> None:
    from core.remediation.plan import Operation, OpKind, Plan, note
    from gui.widgets.plan_preview import PlanPreview

    def op(kind: OpKind, method: str, name: str) -> Operation:
        return Operation(
            kind, f"{NSG_ID}/securityRules/{name}", method, "2024-05-01", None, f"{method} {name}", {}, "az", "ps",
            "Microsoft.Network/networkSecurityGroups/write", "Network Contributor",
        )  # fmt: skip

    kinds = [(OpKind.CREATE, "PUT"), (OpKind.MODIFY, "PATCH"), (OpKind.DELETE, "DELETE"), (OpKind.ACTION, "POST")]
    notes = (
        note("a", "An error", severity=Severity.ERROR),
        note("b", "A warning", severity=Severity.WARNING),
        note("c", "For information"),
    )
    preview = PlanPreview()
    qtbot.addWidget(preview)
    preview.set_plan(Plan("/vm", "fix", tuple(op(k, m, f"r{i}") for i, (k, m) in enumerate(kinds)), notes))
    rows = [preview.operations.topLevelItem(i).text(0) for i in range(preview.operations.topLevelItemCount())]
    assert rows == ["+ Create", "~ Modify", "− Delete", "» Action"]
    assert preview.notes.text().splitlines() == ["✖ An error", "⚠ A warning", "ℹ For information"]
    preview.set_plan(None)
    assert preview.operations.topLevelItemCount() == 0
