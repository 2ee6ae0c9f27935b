"""What-if preview of a remediation plan: each change with its kind, target and exact request, plus the az CLI
and PowerShell equivalents to copy — nothing is sent until the user consents and applies.

Top: one row per operation (Create/Modify/Delete symbols as in ARM what-if). Bottom: tabs with the selected
operation's request (method, URL, headers, JSON body), az CLI and PowerShell, each copyable. Notes (guidance
that is not automated) are listed under the operations.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.diagnosis.model import Severity
from core.remediation.plan import Operation, OpKind, Plan
from gui.note_wording import note_text
from gui.widgets.copy_text import CopyableText

KIND_SYMBOLS = {OpKind.CREATE: "+", OpKind.MODIFY: "~", OpKind.DELETE: "−", OpKind.ACTION: "»"}
NOTE_SYMBOLS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}


def kind_word(kind: OpKind) -> str:
    words = {
        OpKind.CREATE: QCoreApplication.translate("PlanPreview", "Create"),
        OpKind.MODIFY: QCoreApplication.translate("PlanPreview", "Modify"),
        OpKind.DELETE: QCoreApplication.translate("PlanPreview", "Delete"),
        OpKind.ACTION: QCoreApplication.translate("PlanPreview", "Action"),
    }
    return words[kind]


def request_text(operation: Operation) -> str:
    """The HTTP request exactly as the plan sends it (ARM host left out: it depends on the cloud)."""
    lines = [f"{operation.method} {operation.url}"]
    for name, value in operation.precondition.headers().items():
        lines.append(f"{name}: {value}")
    if operation.body is not None:
        lines.append("")
        lines.append(json.dumps(operation.body, indent=2, ensure_ascii=False))
    return "\n".join(lines)


def dependency_text(operation: Operation) -> str:
    """What a step waits for and which values it takes from earlier answers (shown unresolved, as planned)."""
    from core.changes.refs import operation_refs, required_steps

    parts = []
    steps = required_steps(operation)
    if steps:
        parts.append(
            QCoreApplication.translate("PlanPreview", "Runs after step(s): %1.").replace("%1", ", ".join(steps))
        )
    refs = [str(r) for r in operation_refs(operation)]
    if refs:
        parts.append(
            QCoreApplication.translate(
                "PlanPreview", "Uses values from earlier answers, filled in just before it is sent: %1."
            ).replace("%1", ", ".join(refs))
        )
    return " ".join(parts)


def _short_name(resource_id: str) -> str:
    parts = [p for p in resource_id.split("/") if p]
    return "/".join(parts[-1:]) if parts else resource_id


class PlanPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = QTreeWidget(self)
        self.operations.setColumnCount(3)
        self.operations.setRootIsDecorated(False)
        self.operations.setWordWrap(True)
        self.operations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.operations.header()
        # Columns 0 and 2 are sized when the plan changes (see _rebuild), not by ResizeToContents, which re-measures
        # every item on each layout pass of the wizard — the biggest event-loop stall in the demo run.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.operations.currentItemChanged.connect(self._show_current)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The tree elides long descriptions; the selected operation's full text is shown here.
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(self)
        self.request = CopyableText(max_lines=None)
        self.az_cli = CopyableText(max_lines=None)
        self.powershell = CopyableText(max_lines=None)
        self.tabs.addTab(self.request, "")
        self.tabs.addTab(self.az_cli, "")
        self.tabs.addTab(self.powershell, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.operations, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.description)
        layout.addWidget(self.tabs, 2)
        self._plan: Plan | None = None
        self.retranslate()

    def set_plan(self, plan: Plan | None) -> None:
        """Show ``plan``; ``None`` clears the preview."""
        self._plan = plan
        self._rebuild()

    def plan(self) -> Plan | None:
        return self._plan

    def _ops(self) -> Sequence[Operation]:
        return tuple(self._plan.operations) if self._plan is not None else ()

    def _rebuild(self) -> None:
        self.operations.clear()
        for index, op in enumerate(self._ops()):
            description = op.render(QCoreApplication.translate)
            if op.restarts_vm:
                description += " " + QCoreApplication.translate("PlanPreview", "(restarts the VM)")
            elif op.downtime:
                description += " " + QCoreApplication.translate("PlanPreview", "(the VM is unavailable)")
            item = QTreeWidgetItem(
                [f"{KIND_SYMBOLS[op.kind]} {kind_word(op.kind)}", description, _short_name(op.target_id)]
            )
            item.setToolTip(1, description)
            item.setToolTip(2, op.target_id)
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.operations.addTopLevelItem(item)
        for column in (0, 2):
            self.operations.resizeColumnToContents(column)
        notes = tuple(self._plan.notes) if self._plan is not None else ()
        note_lines = [f"{NOTE_SYMBOLS[n.severity]} {note_text(n)}" for n in notes]
        self.notes.setText("\n".join(note_lines))
        self.notes.setVisible(bool(note_lines))
        self.tabs.setVisible(bool(self._ops()))
        if (first := self.operations.topLevelItem(0)) is not None:
            self.operations.setCurrentItem(first)
        else:
            self._show_current(None)

    def _show_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        ops = self._ops()
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        op = ops[index] if isinstance(index, int) and 0 <= index < len(ops) else None
        text = item.text(1) if op is not None and item is not None else ""
        if op is not None and (dependencies := dependency_text(op)):
            text += "\n" + dependencies
        self.description.setText(text)
        self.description.setVisible(op is not None)
        self.request.set_text(request_text(op) if op else "", QCoreApplication.translate("PlanPreview", "request"))
        self.az_cli.set_text(op.az_cli if op else "", QCoreApplication.translate("PlanPreview", "Azure CLI command"))
        self.powershell.set_text(
            op.powershell if op else "", QCoreApplication.translate("PlanPreview", "PowerShell command")
        )

    def all_commands(self, shell: str = "az") -> str:
        """Every operation's command for one shell, in order (for "Copy all" and the summary)."""
        return "\n\n".join(op.az_cli if shell == "az" else op.powershell for op in self._ops())

    def retranslate(self) -> None:
        self.operations.setHeaderLabels(
            [
                QCoreApplication.translate("PlanPreview", "Change"),
                QCoreApplication.translate("PlanPreview", "What happens"),
                QCoreApplication.translate("PlanPreview", "Resource"),
            ]
        )
        self.operations.setAccessibleName(QCoreApplication.translate("PlanPreview", "Planned changes"))
        self.tabs.setTabText(0, QCoreApplication.translate("PlanPreview", "&Request"))
        self.tabs.setTabText(1, QCoreApplication.translate("PlanPreview", "A&zure CLI"))
        self.tabs.setTabText(2, QCoreApplication.translate("PlanPreview", "&PowerShell"))
        if self._plan is not None:
            current = self.operations.currentItem()
            row = self.operations.indexOfTopLevelItem(current) if current is not None else 0
            self._rebuild()
            if (again := self.operations.topLevelItem(row)) is not None:
                self.operations.setCurrentItem(again)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
