"""Model and filter for the fleet table: Qt items (sorting, filtering and painting in C++), as in gui/vm_table.py.

Rows are appended in slices between events by the page, so 10,000 machines arrive without a visible stall.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core.display_names import ValueKind
from core.fleet.model import FleetVm, MachineKind
from core.fleet.status import STATUS_ORDER, FleetStatus
from gui.api_values import shown
from gui.widgets.status_chart import status_label

AnyIndex = QModelIndex | QPersistentModelIndex
MACHINE_ROLE = Qt.ItemDataRole.UserRole + 1
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
    text = shown(ValueKind.SECURITY_TYPE, vm.security_type)
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
        shown(ValueKind.PROVISIONING_STATE, vm.extension_state),
        vm.defender or "—",
    )


class FleetTableModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__(0, len(headers()))
        self.setHorizontalHeaderLabels(headers())
        self.setSortRole(SORT_ROLE)
        self.machines: list[FleetVm] = []

    @staticmethod
    def make_rows(vms: Iterable[FleetVm]) -> list[list[QStandardItem]]:
        """The rows' items; plain data (no QObjects), so a worker thread may build them while the window runs."""
        rows = []
        for vm in vms:
            items = []
            for column, text in enumerate(_texts(vm)):
                item = QStandardItem(text)
                item.setEditable(False)
                # Sorting by status follows the chart's order (attention first), not the alphabet.
                item.setData(STATUS_ORDER.index(vm.status) if column == STATUS_COLUMN else text.lower(), SORT_ROLE)
                items.append(item)
            items[0].setData(vm, MACHINE_ROLE)
            items[0].setToolTip(vm.id)
            rows.append(items)
        return rows

    def append(self, vms: Iterable[FleetVm], rows: list[list[QStandardItem]] | None = None) -> None:
        """Append machines; ``rows`` are their items from :meth:`make_rows` when built elsewhere."""
        batch = list(vms)
        for vm, items in zip(batch, rows if rows is not None else self.make_rows(batch), strict=True):
            self.machines.append(vm)  # first: the proxy's filter reads it when the row arrives
            self.appendRow(items)

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
        # The machine straight from the model's list (rows are never reordered there; the proxy sorts): asking
        # Qt for the item's data would convert a QVariant for every row.
        machines = model.machines if isinstance(model, FleetTableModel) else []
        if source_row >= len(machines):
            return False
        vm = machines[source_row]
        if self._status is not None and vm.status is not self._status:
            return False
        if not self._text:
            return True
        haystack = f"{vm.name} {vm.resource_group} {vm.location} {vm.os_type or ''}".lower()
        return all(word in haystack for word in self._text.split())
