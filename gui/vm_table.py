"""Model and filter for the VM table: one model, no widget per row, so thousands of VMs stay fast."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core.azure.inventory import VmSummary, with_monitoring
from core.display_names import ValueKind
from gui.api_values import shown

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "name",
    "resource_group",
    "location",
    "os_type",
    "security_type",
    "secure_boot",
    "vtpm",
    "monitoring",
    "defender",
)
VM_ROLE = Qt.ItemDataRole.UserRole + 1
SUBSCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("VmTable", "Name"),
        QCoreApplication.translate("VmTable", "Resource group"),
        QCoreApplication.translate("VmTable", "Region"),
        QCoreApplication.translate("VmTable", "OS"),
        QCoreApplication.translate("VmTable", "Security type"),
        QCoreApplication.translate("VmTable", "Secure Boot"),
        QCoreApplication.translate("VmTable", "vTPM"),
        QCoreApplication.translate("VmTable", "Monitoring"),
        QCoreApplication.translate("VmTable", "Defender"),
    )


def _security_type(value: str) -> str:
    return shown(ValueKind.SECURITY_TYPE, value)


def _on_off(value: bool | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("VmTable", "On") if value else QCoreApplication.translate("VmTable", "Off")


def _monitoring(vm: VmSummary) -> str:
    if vm.monitoring is None:
        return QCoreApplication.translate("VmTable", "Unknown")
    if not vm.monitoring:
        return QCoreApplication.translate("VmTable", "Not installed")
    state = (vm.monitoring_state or "").lower()
    if state in ("succeeded", "provisioning succeeded"):
        return QCoreApplication.translate("VmTable", "On")
    if state == "failed":
        return QCoreApplication.translate("VmTable", "Failed")
    return QCoreApplication.translate("VmTable", "Installed")


def _display(vm: VmSummary) -> tuple[str, ...]:
    """The row's texts, in COLUMNS order."""
    return (
        vm.name or "—",
        vm.resource_group or "—",
        vm.location or "—",
        vm.os_type or "—",
        _security_type(vm.security_type),
        _on_off(vm.secure_boot),
        _on_off(vm.vtpm),
        _monitoring(vm),
        _defender(vm),
    )


def _defender(vm: VmSummary) -> str:
    """Defender for Cloud's guest attestation health (it lags by hours: the column says what Defender says)."""
    return {
        "Healthy": QCoreApplication.translate("VmTable", "Healthy"),
        "Unhealthy": QCoreApplication.translate("VmTable", "Unhealthy"),
        "NotApplicable": QCoreApplication.translate("VmTable", "Not applicable"),
    }.get(vm.defender or "", "—")


class VmTableModel(QStandardItemModel):
    """The rows as Qt items, so that sorting, filtering by the proxy and painting run in C++.

    Measured with 5,400 VMs against a Python ``QAbstractTableModel`` (every cell and index went through Python):
    sorting by a column 886 → 51 ms, sizing the columns 219 → 36 ms, appending 60 pages 986 → 728 ms.
    Column 0 carries the ``VmSummary`` (``VM_ROLE``), its subscription and, as tooltip, the resource id.
    """

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self._rows: list[VmSummary] = []
        self.setHorizontalHeaderLabels(list(_headers()))

    def append(self, vms: list[VmSummary]) -> None:
        for vm in vms:
            items = [QStandardItem(text) for text in _display(vm)]
            for item in items:
                item.setEditable(False)
            self._describe(items[0], vm)
            self.appendRow(items)
            self._rows.append(vm)

    @staticmethod
    def _describe(item: QStandardItem, vm: VmSummary) -> None:
        item.setData(vm, VM_ROLE)
        item.setData(vm.subscription_id, SUBSCRIPTION_ROLE)
        item.setToolTip(vm.id)

    def clear(self) -> None:
        """Remove every VM; the headers stay (``QStandardItemModel.clear`` would drop them too)."""
        self.removeRows(0, self.rowCount())
        self._rows = []

    def fill_monitoring(self, states: Mapping[str, str], start: int = 0, count: int | None = None) -> None:
        """Fill the Monitoring column from Resource Graph (the VM list payload does not carry extensions), for
        ``count`` rows from ``start`` (all by default): a large table is filled in slices between events."""
        stop = len(self._rows) if count is None else min(len(self._rows), start + count)
        for row in range(start, stop):
            self._rows[row] = with_monitoring(self._rows[row], states)
        self._refresh(start, stop, COLUMNS.index("monitoring"), describe=True)

    def fill_defender(self, states: Mapping[str, object]) -> None:
        """Fill the Defender column (``{lower-case VM id: AssessmentStatus}`` from Resource Graph)."""
        for row, vm in enumerate(self._rows):
            state = states.get(vm.id.lower())
            self._rows[row] = replace(vm, defender=str(getattr(state, "value", state)) if state is not None else None)
        self._refresh(0, len(self._rows), COLUMNS.index("defender"), describe=True)

    def retranslate(self, *, rows: bool = True) -> None:
        """Headers, and with ``rows`` every row's texts (~40 ms per 1,000 VMs)."""
        self.setHorizontalHeaderLabels(list(_headers()))
        if rows:
            self._refresh(0, len(self._rows), 0)

    def _refresh(self, start: int, stop: int, first_column: int, *, describe: bool = False) -> None:
        """Rewrite the texts of rows ``start``..``stop`` from ``first_column`` on with one ``dataChanged``: one
        signal per cell would make the sorting proxy re-sort thousands of times."""
        if start >= stop:
            return
        blocked = self.blockSignals(True)
        try:
            for row in range(start, stop):
                vm = self._rows[row]
                texts = _display(vm)
                for column in range(first_column, len(COLUMNS)):
                    item = self.item(row, column)
                    if item is not None:
                        item.setText(texts[column])
                if describe and (first := self.item(row, 0)) is not None:
                    first.setData(vm, VM_ROLE)  # the row's VmSummary was replaced; id and subscription are the same
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.index(start, 0), self.index(stop - 1, len(COLUMNS) - 1))


class VmFilterProxy(QSortFilterProxyModel):
    """Free-text search over name, resource group and region, plus an optional subscription."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._subscription: str | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_subscription(self, subscription_id: str | None) -> None:
        self.beginFilterChange()
        self._subscription = subscription_id.lower() if subscription_id else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        vm: VmSummary = model.data(model.index(source_row, 0, source_parent), VM_ROLE)
        if self._subscription and vm.subscription_id.lower() != self._subscription:
            return False
        if not self._text:
            return True
        haystack = f"{vm.name} {vm.resource_group} {vm.location} {vm.os_type or ''}".lower()
        return all(word in haystack for word in self._text.split())
