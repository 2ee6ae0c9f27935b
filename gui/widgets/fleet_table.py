"""Model and filter for the fleet table: Qt items (sorting, filtering and painting in C++), as in gui/vm_table.py.

Rows are appended in slices between events by the page, so 10,000 machines arrive without a visible stall.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core.fleet.model import FleetVm, MachineKind
from core.fleet.status import STATUS_ORDER, FleetStatus
from gui.widgets.status_chart import status_label

AnyIndex = QModelIndex | QPersistentModelIndex
MACHINE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_COLUMN = 4


def headers() -> list[str]:
    return [
        QCoreApplication.translate("FleetTable", "Name"),
        QCoreApplication.translate("FleetTable", "Resource group"),
        QCoreApplication.translate("FleetTable", "Region"),
        QCoreApplication.translate("FleetTable", "Security type"),
        QCoreApplication.translate("FleetTable", "Status"),
        QCoreApplication.translate("FleetTable", "Extension"),
        QCoreApplication.translate("FleetTable", "Defender"),
    ]


def _security(vm: FleetVm) -> str:
    text = {
        "TrustedLaunch": QCoreApplication.translate("FleetTable", "Trusted Launch"),
        "ConfidentialVM": QCoreApplication.translate("FleetTable", "Confidential VM"),
    }.get(vm.security_type, QCoreApplication.translate("FleetTable", "Standard"))
    if vm.kind is MachineKind.SCALE_SET:
        return QCoreApplication.translate("FleetTable", "{type} (scale set)").format(type=text)
    return text


def _texts(vm: FleetVm) -> tuple[str, ...]:
    return (
        vm.name,
        vm.resource_group or "—",
        vm.location or "—",
        _security(vm),
        status_label(vm.status),
        vm.extension_state or "—",
        vm.defender or "—",
    )


class FleetTableModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__(0, len(headers()))
        self.setHorizontalHeaderLabels(headers())
        self.setSortRole(SORT_ROLE)
        self.machines: list[FleetVm] = []

    def append(self, vms: Iterable[FleetVm]) -> None:
        for vm in vms:
            items = []
            for column, text in enumerate(_texts(vm)):
                item = QStandardItem(text)
                item.setEditable(False)
                # Sorting by status follows the chart's order (attention first), not the alphabet.
                sort_key = STATUS_ORDER.index(vm.status) if column == STATUS_COLUMN else text.lower()
                item.setData(sort_key, SORT_ROLE)
                items.append(item)
            items[0].setData(vm, MACHINE_ROLE)
            items[0].setData(vm.status.value, STATUS_ROLE)
            items[0].setToolTip(vm.id)
            self.appendRow(items)
            self.machines.append(vm)

    def clear_rows(self) -> None:
        self.removeRows(0, self.rowCount())
        self.machines = []

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(headers())


class FleetFilterProxy(QSortFilterProxyModel):
    """Free text over name, resource group, region; and one status (the chart's bar)."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._status: FleetStatus | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)

    @property
    def status(self) -> FleetStatus | None:
        return self._status

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: FleetStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._status is not None and model.data(index, STATUS_ROLE) != self._status.value:
            return False
        if not self._text:
            return True
        vm: FleetVm = model.data(index, MACHINE_ROLE)
        haystack = f"{vm.name} {vm.resource_group} {vm.location} {vm.os_type or ''}".lower()
        return all(word in haystack for word in self._text.split())
