"""The outbound path as layers, like Network Watcher's NSG diagnostics but with routes and Azure Firewall.

One top-level row per layer in Azure's evaluation order (Virtual Network Manager admin rules → NIC NSG → subnet
NSG → route → firewall → outbound connectivity): the resource, the rule or route that decided (a route with its
source, e.g. learned from the gateway), its priority and action, and the layer's verdict. Expanding a row shows
the evidence: the resource ID, what decided the layer (Azure's effective view or the configuration) and every
deciding rule (a partial verdict can have several). A QTreeWidget keeps it
keyboard-operable (arrows, +/-) and readable by screen readers without custom accessibility code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from core.diagnosis.model import Layer, RuleMatch
from core.display_names import ValueKind, action_text
from gui.api_values import shown
from gui.widgets.status import SYMBOLS, Status, verdict_status, verdict_word

if TYPE_CHECKING:
    from core.diagnosis.path import LayerView

LAYER_ROLE = Qt.ItemDataRole.UserRole + 10


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def layer_title(layer: Layer) -> str:
    titles = {
        Layer.AVNM: QCoreApplication.translate("LayersView", "Virtual Network Manager admin rules"),
        Layer.OUTBOUND: QCoreApplication.translate("LayersView", "Outbound connectivity"),
        Layer.NIC_NSG: QCoreApplication.translate("LayersView", "NSG on the network interface"),
        Layer.SUBNET_NSG: QCoreApplication.translate("LayersView", "NSG on the subnet"),
        Layer.ROUTE: QCoreApplication.translate("LayersView", "Route"),
        Layer.FIREWALL: QCoreApplication.translate("LayersView", "Azure Firewall"),
        Layer.APPLIANCE: QCoreApplication.translate("LayersView", "Network appliance"),
    }
    return titles.get(layer, layer.value)  # a layer core added later shows its id until it has a title


def _absent_text(layer: Layer) -> str:
    texts = {
        Layer.AVNM: QCoreApplication.translate("LayersView", "No security admin rules apply"),
        Layer.OUTBOUND: QCoreApplication.translate(
            "LayersView", "Not needed: no traffic goes straight to the internet"
        ),
        Layer.NIC_NSG: QCoreApplication.translate("LayersView", "No NSG on the network interface"),
        Layer.SUBNET_NSG: QCoreApplication.translate("LayersView", "No NSG on the subnet"),
        Layer.ROUTE: QCoreApplication.translate("LayersView", "No route table (system routes)"),
        Layer.FIREWALL: QCoreApplication.translate("LayersView", "No firewall on the path"),
        Layer.APPLIANCE: QCoreApplication.translate("LayersView", "No appliance on the path"),
    }
    return texts.get(layer, "—")


def _basis(layer: LayerView) -> str:
    """``core.diagnosis.path.LayerView.basis``: "effective", "configured" or "not-checked"."""
    value = getattr(layer, "basis", None)
    return value if isinstance(value, str) else "configured"


def basis_text(basis: str) -> str:
    texts = {
        "effective": QCoreApplication.translate("LayersView", "Decided by Azure's effective view"),
        "configured": QCoreApplication.translate("LayersView", "Decided by the configured resources"),
        "not-checked": QCoreApplication.translate(
            "LayersView", "Not checked: Azure's view could not be read (see the findings)"
        ),
        "not-reached": QCoreApplication.translate(
            "LayersView", "Not reached: a security admin rule decided before the NSGs"
        ),
    }
    return texts.get(basis, basis)


def _outbound_rule(rule: str) -> str:
    method, _, name = rule.partition("/")
    texts = {
        "natGateway": QCoreApplication.translate("LayersView", "NAT gateway"),
        "publicIPAddress": QCoreApplication.translate("LayersView", "Public IP address on the network interface"),
        "outboundRule": QCoreApplication.translate("LayersView", "Load balancer outbound rule {name}"),
        "defaultOutboundAccess": QCoreApplication.translate("LayersView", "Default outbound access"),
        "none": QCoreApplication.translate("LayersView", "No way out"),
    }
    return texts.get(method, rule).format(name=name)


def _priority(match: RuleMatch | None) -> str:
    return "—" if match is None or match.priority is None else str(match.priority)


def _rule(match: RuleMatch | None) -> str:
    if match is None:
        return "—"
    rule = match.rule or "—"
    if match.layer is Layer.OUTBOUND:
        return _outbound_rule(rule)
    source = getattr(match, "source", None)
    if source:  # an effective route: where Azure learned it (Default, User, VirtualNetworkGateway)
        return f"{rule} — {shown(ValueKind.ROUTE_SOURCE, str(source))}"
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
            if _basis(layer) == "not-checked":
                resource = QCoreApplication.translate("LayersView", "Not checked")
            elif _basis(layer) == "not-reached":
                resource = QCoreApplication.translate("LayersView", "{name} (not reached)").format(name=resource)
            action = action_text(layer.layer is Layer.ROUTE, decisive.action if decisive else None, _translate)
            result = f"{SYMBOLS[status]} {verdict_word(layer.verdict)}" if _basis(layer) != "not-reached" else "—"
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
        if layer.present or _basis(layer) != "configured":
            basis = QTreeWidgetItem([basis_text(_basis(layer))])
            parent.addChild(basis)
            basis.setFirstColumnSpanned(True)
        sources = list(dict.fromkeys(str(m.source) for m in layer.matches if getattr(m, "source", None)))
        if sources:  # Azure's own word for where the deciding route came from
            text = QCoreApplication.translate("LayersView", "Route source reported by Azure: {sources}")
            row = QTreeWidgetItem([text.format(sources=", ".join(sources))])
            parent.addChild(row)
            row.setFirstColumnSpanned(True)
        for match in layer.matches:
            label = (
                QCoreApplication.translate("LayersView", "Deciding rule")
                if layer.matches[0] is match
                else QCoreApplication.translate("LayersView", "Also applies")
            )
            action = action_text(match.layer is Layer.ROUTE, match.action, _translate)
            parent.addChild(QTreeWidgetItem([label, "", _rule(match), _priority(match), action, ""]))
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
