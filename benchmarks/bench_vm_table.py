"""The Choose VM table with thousands of VMs: what each user action costs on the GUI thread.

Run: ``uv run python benchmarks/bench_vm_table.py [--vms N]`` (offscreen). The table is the page's own model,
proxy and view; the VMs arrive in pages of 90 as the SDK delivers them. For each action the time it holds the GUI
thread is printed, next to the same action on a ``QTableWidget`` holding the same texts (Qt alone, no Python per
row), as a ratio measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget, QTableWidgetItem

from core.azure.inventory import VmSummary
from gui.vm_table import COLUMNS, VmFilterProxy, VmTableModel, _display

PAGE = 90


def fake_vms(count: int) -> list[VmSummary]:
    rng = random.Random(1)
    vms = []
    for i in range(count):
        name = f"vm-{rng.randrange(10**6):06d}"
        sub = f"{i % 60:08d}-0000-4000-8000-000000000000"
        vms.append(
            VmSummary(
                id=f"/subscriptions/{sub}/resourceGroups/rg-{i % 97}/providers/Microsoft.Compute/virtualMachines/"
                + name,
                name=name,
                resource_group=f"rg-{i % 97}",
                subscription_id=sub,
                location=rng.choice(["westeurope", "germanywestcentral", "eastus", "swedencentral"]),
                os_type=rng.choice(["Linux", "Windows"]),
                security_type=rng.choice(["TrustedLaunch", "Standard", "ConfidentialVM"]),
                secure_boot=rng.choice([True, False, None]),
                vtpm=rng.choice([True, False, None]),
                monitoring=None,
            )
        )
    return vms


def timed(app: QApplication, action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    app.processEvents()  # the repaint and layout the action causes belong to it
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vms", type=int, default=5400, help="how many VMs (default: the large simulated tenant)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    vms = fake_vms(args.vms)

    model = VmTableModel()
    proxy = VmFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setResizeContentsPrecision(200)  # as the Choose VM page
    view.resize(1000, 500)
    view.show()
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    widget = QTableWidget(0, len(COLUMNS))
    widget.setSortingEnabled(True)
    widget.horizontalHeader().setResizeContentsPrecision(200)
    widget.resize(1000, 500)
    widget.show()
    app.processEvents()

    def widget_append(page: list[VmSummary]) -> None:
        widget.setSortingEnabled(False)  # Qt's documented way to fill a QTableWidget
        for vm in page:
            row = widget.rowCount()
            widget.insertRow(row)
            for column, text in enumerate(_display(vm)):
                widget.setItem(row, column, QTableWidgetItem(text))
        widget.setSortingEnabled(True)

    pages = [vms[i : i + PAGE] for i in range(0, len(vms), PAGE)]
    ours_pages = [timed(app, lambda p=p: model.append(p)) for p in pages]
    base_pages = [timed(app, lambda p=p: widget_append(p)) for p in pages]
    rows: list[tuple[str, float, float]] = [
        (f"append one page of {PAGE} (worst of {len(pages)})", max(ours_pages), max(base_pages)),
        (
            "sort by resource group",
            timed(app, lambda: view.sortByColumn(1, Qt.SortOrder.AscendingOrder)),
            timed(app, lambda: widget.sortByColumn(1, Qt.SortOrder.AscendingOrder)),
        ),
        (
            "size columns to contents",
            timed(app, view.resizeColumnsToContents),
            timed(app, widget.resizeColumnsToContents),
        ),
        ("repaint the visible rows", timed(app, view.viewport().repaint), timed(app, widget.viewport().repaint)),
    ]
    search = timed(app, lambda: proxy.set_text("vm-1"))
    print(f"{args.vms} VMs; times on the GUI thread, ours vs a QTableWidget with the same texts")
    for label, ours, base in rows:
        print(f"  {label:<40} {ours:7.1f} ms   QTableWidget {base:7.1f} ms   ratio {ours / base:4.2f}x")
    label = "search vm-1 (no QTableWidget equivalent)"
    print(f"  {label:<40} {search:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
