"""The fleet page's bulk load: rows are frozen after the load in a tuned app only, and still freed when cleared."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from core.fleet.model import FleetVm
from gui import runtime
from gui.widgets.fleet_table import FleetTableModel


def _vms(count: int) -> list[FleetVm]:
    prefix = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm"
    rows = [
        {"id": f"{prefix}{i}", "name": f"vm{i}", "resourceGroup": "rg", "location": "westeurope"} for i in range(count)
    ]
    return [FleetVm.from_vm_row(row) for row in rows]


def test_nothing_is_frozen_outside_a_tuned_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(runtime._freeze, "wanted", False)
    before = gc.get_freeze_count()
    assert runtime.freeze_bulk_load() is False
    assert gc.get_freeze_count() == before


def test_loaded_rows_are_frozen_and_freed_when_the_table_is_cleared(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(runtime._freeze, "wanted", True)
    model = FleetTableModel()
    vms = _vms(300)
    model.append(vms, FleetTableModel.make_rows(vms))
    del vms
    try:
        assert runtime.freeze_bulk_load() is True
        loaded = gc.get_freeze_count()
        model.clear_rows()
        # Reference counting frees every row (7 items and the machine each): frozen objects are not leaked.
        assert loaded - gc.get_freeze_count() >= 300 * 8
    finally:
        gc.unfreeze()
