"""The wizard's "Many VMs" path: welcome → fleet page; scan fills table and chart, a bar filters, shared causes,
plan with preview, consent, apply through the engine, re-scan — on the simulated demo fleet."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QPoint, Qt

from core.changes.steps import StepStatus
from core.fleet.apply import DONE
from core.fleet.status import STATUS_ORDER, FleetStatus
from core.simulator import SimulatorOptions
from core.simulator.fleet_tenant import fleet_demo
from core.wizard_flow import PageId
from gui.pages.fleet import FleetPage
from tests.gui.drive import TIMEOUT_MS, click_next, settle

FLEET = fleet_demo()


def _open_fleet_page(qtbot: Any, make_wizard: Any, options: SimulatorOptions | None = None) -> FleetPage:
    wizard = make_wizard(snapshot=lambda: FLEET.snapshot, options=options)
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


def test_closing_while_applying_asks_and_stops_after_the_changes_in_flight(qtbot: Any, make_wizard: Any) -> None:
    # Each write takes a while (several long-running-operation polls): the user closes the window meanwhile.
    page = _open_fleet_page(qtbot, make_wizard, SimulatorOptions(lro_polls=4, lro_retry_after=0.05))
    wizard = page.wizard()
    qtbot.mouseClick(page.plan_enable_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.analysis is not None and len(page.analysis.fleet_plan.plan.operations) > 8
    page.consent.setChecked(True)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    def two_finished() -> bool:  # "Applying: 5 of 94 changes finished"
        found = re.match(r"Applying: (\d+) of", page._busy_text)
        return page.applying and found is not None and int(found.group(1)) >= 2

    qtbot.waitUntil(two_finished, timeout=TIMEOUT_MS)
    wizard.close()
    # It asks, and while it asks the changes go on: the window stays.
    question = page.guard.question
    assert question is not None and question.isVisible() and "changes in flight" in question.text()
    assert wizard.isVisible() and page.applying
    page.guard.answer(True)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=TIMEOUT_MS)
    outcome = page.outcome
    assert outcome is not None and outcome.report.cancelled  # stopped: the rest is left for --resume
    statuses = [outcome.report.status(i) for i in range(len(outcome.plan.operations))]
    done = [s for s in statuses if s in DONE]
    assert 2 <= len(done) < len(statuses)
    assert StepStatus.UNKNOWN not in statuses and StepStatus.FAILED not in statuses  # nothing torn
