"""The outbound path as layers, like Network Watcher's NSG diagnostics but with routes and Azure Firewall.

One top-level row per layer in evaluation order (NIC NSG → subnet NSG → route → firewall): the resource, the
rule or route that decided, its priority and action, and the layer's verdict. Expanding a row shows the
evidence: the resource ID and every deciding rule (a partial verdict can have several). A QTreeWidget keeps it
keyboard-operable (arrows, +/-) and readable by screen readers without custom accessibility code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from core.diagnosis.model import Layer, RuleMatch
from gui.widgets.status import SYMBOLS, Status, verdict_status, verdict_word

if TYPE_CHECKING:
    from core.diagnosis.path import LayerView

LAYER_ROLE = Qt.ItemDataRole.UserRole + 10


def layer_title(layer: Layer) -> str:
    titles = {
        Layer.NIC_NSG: QCoreApplication.translate("LayersView", "NSG on the network interface"),
        Layer.SUBNET_NSG: QCoreApplication.translate("LayersView", "NSG on the subnet"),
        Layer.ROUTE: QCoreApplication.translate("LayersView", "Route"),
        Layer.FIREWALL: QCoreApplication.translate("LayersView", "Azure Firewall"),
        Layer.APPLIANCE: QCoreApplication.translate("LayersView", "Network appliance"),
    }
    return titles.get(layer, layer.value)  # a layer core added later shows its id until it has a title


def _absent_text(layer: Layer) -> str:
    texts = {
        Layer.NIC_NSG: QCoreApplication.translate("LayersView", "No NSG on the network interface"),
        Layer.SUBNET_NSG: QCoreApplication.translate("LayersView", "No NSG on the subnet"),
        Layer.ROUTE: QCoreApplication.translate("LayersView", "No route table (system routes)"),
        Layer.FIREWALL: QCoreApplication.translate("LayersView", "No firewall on the path"),
        Layer.APPLIANCE: QCoreApplication.translate("LayersView", "No appliance on the path"),
    }
    return texts.get(layer, "—")


def _priority(match: RuleMatch | None) -> str:
    return "—" if match is None or match.priority is None else str(match.priority)


def _rule(match: RuleMatch | None) -> str:
    if match is None:
        return "—"
    rule = match.rule or "—"
    if match.collection:
        rule = f"{match.collection} / {rule}"
    if match.is_default:
        rule = QCoreApplication.translate("LayersView", "{rule} (default)").format(rule=rule)
    return rule


class LayersView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(6)
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        # Rule, priority, action and result must stay in view: long resource IDs live in the evidence rows
        # (spanning all columns), and the resource column is capped rather than sized to its contents.
        # Sized when the layers change (see _rebuild): ResizeToContents would re-measure every item on each layout
        # pass of the wizard, a visible stall.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("M") * 16)
        self._layers: list[LayerView] = []
        self.retranslate()

    def set_layers(self, layers: Sequence[LayerView]) -> None:
        self._layers = list(layers)
        self._rebuild()

    def layers(self) -> list[LayerView]:
        return list(self._layers)

    def _rebuild(self) -> None:
        self.clear()
        for step, layer in enumerate(self._layers, start=1):
            decisive = layer.matches[0] if layer.matches else None
            status = verdict_status(layer.verdict)
            resource = (layer.name or layer.resource_id or "—") if layer.present else _absent_text(layer.layer)
            action = decisive.action if decisive is not None else "—"
            result = f"{SYMBOLS[status]} {verdict_word(layer.verdict)}"
            item = QTreeWidgetItem(
                [f"{step}. {layer_title(layer.layer)}", resource, _rule(decisive), _priority(decisive), action, result]
            )
            item.setData(0, LAYER_ROLE, layer)
            item.setToolTip(1, layer.resource_id or "")
            self.addTopLevelItem(item)
            self._add_evidence(item, layer)
            # Blocked layers open by themselves: that is where the user has to look.
            item.setExpanded(status in (Status.FAIL, Status.WARN))
        for column in (0, 3, 4, 5):  # 1 keeps its capped width, 2 stretches
            self.resizeColumnToContents(column)

    def _add_evidence(self, parent: QTreeWidgetItem, layer: LayerView) -> None:
        if layer.resource_id:
            label = QCoreApplication.translate("LayersView", "Resource ID")
            child = QTreeWidgetItem([f"{label}: {layer.resource_id}"])
            child.setToolTip(0, layer.resource_id)
            parent.addChild(child)
            child.setFirstColumnSpanned(True)
        for match in layer.matches:
            label = (
                QCoreApplication.translate("LayersView", "Deciding rule")
                if layer.matches[0] is match
                else QCoreApplication.translate("LayersView", "Also applies")
            )
            parent.addChild(QTreeWidgetItem([label, "", _rule(match), _priority(match), match.action, ""]))
        if not layer.present:
            parent.addChild(
                QTreeWidgetItem(
                    [QCoreApplication.translate("LayersView", "Nothing to evaluate; traffic passes this step.")]
                )
            )
        elif not layer.matches:
            parent.addChild(
                QTreeWidgetItem([QCoreApplication.translate("LayersView", "No rule decided at this step.")])
            )

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                QCoreApplication.translate("LayersView", "Step"),
                QCoreApplication.translate("LayersView", "Resource"),
                QCoreApplication.translate("LayersView", "Matched rule"),
                QCoreApplication.translate("LayersView", "Priority"),
                QCoreApplication.translate("LayersView", "Action"),
                QCoreApplication.translate("LayersView", "Result"),
            ]
        )
        self.setAccessibleName(QCoreApplication.translate("LayersView", "Network path to Azure Attestation"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "LayersView", "One row per step of the outbound path; expand a row to see its evidence."
            )
        )
        if self._layers:
            expanded = {i for i, item in enumerate(self._top_items()) if item.isExpanded()}
            self._rebuild()
            for i, item in enumerate(self._top_items()):
                item.setExpanded(i in expanded)

    def _top_items(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
