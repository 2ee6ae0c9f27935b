"""Model and filter for the VM table: one model, no widget per row, so thousands of VMs stay fast."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.azure.inventory import VmSummary, with_monitoring

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("name", "resource_group", "location", "os_type", "security_type", "secure_boot", "vtpm", "monitoring")
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
    )


def _security_type(value: str) -> str:
    return {
        "TrustedLaunch": QCoreApplication.translate("VmTable", "Trusted Launch"),
        "ConfidentialVM": QCoreApplication.translate("VmTable", "Confidential VM"),
    }.get(value, QCoreApplication.translate("VmTable", "Standard"))


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


class VmTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[VmSummary] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        vm = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == VM_ROLE:
            return vm
        if role == SUBSCRIPTION_ROLE:
            return vm.subscription_id
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return vm.id
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(vm, column)
            if column == "security_type":
                return _security_type(value)
            if column in ("secure_boot", "vtpm"):
                return _on_off(value)
            if column == "monitoring":
                return _monitoring(vm)
            return value or "—"
        return None

    def fill_monitoring(self, states: Mapping[str, str]) -> None:
        """Fill the Monitoring column from Resource Graph (the VM list payload does not carry extensions)."""
        if not self._rows:
            return
        self._rows = [with_monitoring(vm, states) for vm in self._rows]
        column = COLUMNS.index("monitoring")
        self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def append(self, vms: list[VmSummary]) -> None:
        if not vms:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(vms) - 1)
        self._rows.extend(vms)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))


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
