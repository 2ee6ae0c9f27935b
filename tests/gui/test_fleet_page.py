"""The wizard's "Many VMs" path: welcome → fleet page; scan fills table and chart, a bar filters, shared causes,
plan with preview, consent, apply through the engine, re-scan — on the simulated demo fleet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from core.fleet.status import STATUS_ORDER, FleetStatus
from core.simulator.fleet_tenant import fleet_demo
from core.wizard_flow import PageId
from gui.pages.fleet import FleetPage
from tests.gui.drive import TIMEOUT_MS, click_next, settle

FLEET = fleet_demo()


def _open_fleet_page(qtbot: Any, make_wizard: Any) -> FleetPage:
    wizard = make_wizard(snapshot=lambda: FLEET.snapshot)
    welcome = wizard.currentPage()
    welcome._many_vms.setChecked(True)
    assert wizard.state.fleet
    page = click_next(qtbot, wizard)
    assert isinstance(page, FleetPage) and wizard.currentId() == PageId.FLEET
    qtbot.waitUntil(lambda: page.scan is not None and not page.task.busy, timeout=TIMEOUT_MS)
    return page


def test_scan_fills_table_and_chart_and_a_bar_filters(qtbot: Any, make_wizard: Any) -> None:
    page = _open_fleet_page(qtbot, make_wizard)
    total = sum(FLEET.counts.values())
    assert page.model.rowCount() == total
    assert page.chart.counts() == {s: FLEET.counts[s] for s in STATUS_ORDER}
    row = STATUS_ORDER.index(FleetStatus.FAILED)
    y = page.chart._bar_rect(row).center().y()
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=QPoint(200, y))
    assert page.proxy.rowCount() == FLEET.counts[FleetStatus.FAILED]
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=QPoint(200, y))  # again: the filter is off
    assert page.proxy.rowCount() == total


def test_shared_causes_plan_consent_apply_and_rescan(qtbot: Any, make_wizard: Any) -> None:
    page = _open_fleet_page(qtbot, make_wizard)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert "blocks 40 VMs" in page.causes_label.text()  # the plural form from the catalog, not "VM(s)"
    qtbot.mouseClick(page.plan_fix_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.analysis is not None
    plan = page.analysis.fleet_plan.plan
    assert page.preview.operations.topLevelItemCount() >= len(plan.operations) > 0
    assert not page.apply_button.isEnabled()  # consent first
    page.consent.setChecked(True)
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome is not None and not page.task.busy, timeout=TIMEOUT_MS)
    assert page.outcome is not None and page.outcome.report.ok
    # re-scanned: the table shows the fleet as it is now, and the 40 legacy VMs are no longer blocked
    assert page.model.rowCount() == sum(FLEET.counts.values())
    assert not {v.lower() for v in FLEET.blocked_subnet_vms} & page.outcome.still_blocked()
    assert page.result.text()
