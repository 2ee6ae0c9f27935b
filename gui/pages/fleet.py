"""Many VMs: every VM of the tenant at once — scan, shared causes, one plan, apply in parallel, verify, report.

The scan is one Resource Graph query family (``core.fleet``); rows go into the table in slices between events
while pages arrive, so 10,000 machines never stall the window. The chart's bars filter the table and choose
which VMs a plan is for. Plans are previewed like single-VM changes (exact requests, commands), need the same
consent, and are applied through the change engine with a journal; the page scans again afterwards.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.fleet.status import FleetStatus
from core.i18n import QT_TRANSLATE_NOOP
from gui.gc_guard import collection_held
from gui.pages.applying import StopGuard
from gui.pages.base import AsyncWizardPage
from gui.runtime import freeze_bulk_load
from gui.services import PageContext
from gui.widgets.fleet_table import FleetFilterProxy, FleetTableModel
from gui.widgets.plan_preview import PlanPreview
from gui.widgets.status_chart import StatusChart, status_label

if TYPE_CHECKING:
    from core.changes.run import StopToken
    from core.diagnosis.resource_index import ResourceIndex
    from core.fleet.causes import CauseReport
    from core.fleet.graph import Scope
    from core.fleet.model import FleetVm
    from core.fleet.plan import FleetGoal
    from core.fleet.scan import FleetScan
    from core.fleet.usecase import FleetAnalysis, FleetOutcome

log = logging.getLogger(__name__)
ROWS_PER_SLICE = 50  # appending costs ~0.1-0.3 ms a row (model, filter, view): a few ms between events
MAX_CAUSES_SHOWN = 12


class FleetPage(AsyncWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.scan: FleetScan | None = None
        self.index: ResourceIndex | None = None
        self.causes: CauseReport | None = None
        self.analysis: FleetAnalysis | None = None
        self.outcome: FleetOutcome | None = None
        self._stop: StopToken | None = None
        self._busy_text = ""
        self.guard = StopGuard(
            self,
            applying=lambda: self.applying,
            stopping=lambda: self._stop is not None and self._stop.requested,
            stop=lambda reason: self._stop.request(reason) if self._stop is not None else None,
            question=QT_TRANSLATE_NOOP("ApplyingPage", "Changes are being applied. Stop after the changes in flight?"),
        )

        self.model = FleetTableModel()
        self.proxy = FleetFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.chart = StatusChart()
        self.chart.statusClicked.connect(self._status_clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._group_label = QLabel()
        self.management_group = QLineEdit()
        self.management_group.setClearButtonEnabled(True)
        self._group_label.setBuddy(self.management_group)
        self.scan_button = QPushButton()
        self.scan_button.clicked.connect(self.load)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.filter_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # rows arrive sorted by id; no re-sort per page
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 150, 120, 130, 110, 100)):
            header.resizeSection(column, width)

        self.causes_label = QLabel()
        self.causes_label.setWordWrap(True)
        self.causes_label.setTextFormat(Qt.TextFormat.RichText)
        self.causes_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(lambda: self.task.start(self._find_causes()))
        self.plan_fix_button = QPushButton()
        self.plan_enable_button = QPushButton()
        self.plan_fix_button.clicked.connect(lambda: self._plan_clicked("fix"))
        self.plan_enable_button.clicked.connect(lambda: self._plan_clicked("enable"))
        self.preview = PlanPreview()
        self.consent = QCheckBox()
        self.consent.toggled.connect(self._update_buttons)
        self.renumber_consent = QCheckBox()
        self.renumber_consent.toggled.connect(self._update_buttons)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self._apply_clicked)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._stop_clicked)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.export_button = QPushButton()
        self._export_menu = QMenu(self)
        self._export_html = self._export_menu.addAction("")
        self._export_csv = self._export_menu.addAction("")
        self._export_json = self._export_menu.addAction("")
        self._export_html.triggered.connect(lambda: self._export("html"))
        self._export_csv.triggered.connect(lambda: self._export("csv"))
        self._export_json.triggered.connect(lambda: self._export("json"))
        self.export_button.setMenu(self._export_menu)

        top = QHBoxLayout()
        top.addWidget(self._group_label)
        top.addWidget(self.management_group, 1)
        top.addWidget(self.scan_button)
        top.addWidget(self.export_button)
        machines = QWidget()
        machines_layout = QVBoxLayout(machines)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.filter_label)
        machines_layout.addLayout(filter_row)
        machines_layout.addWidget(self.table, 1)
        changes = QWidget()
        changes_layout = QHBoxLayout(changes)
        causes_column = QVBoxLayout()
        causes_scroll = QScrollArea()
        causes_scroll.setWidgetResizable(True)
        causes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        causes_scroll.setWidget(self.causes_label)
        causes_column.addWidget(causes_scroll, 1)
        causes_column.addWidget(self.find_button)
        causes_column.addWidget(self.plan_fix_button)
        causes_column.addWidget(self.plan_enable_button)
        plan_column = QVBoxLayout()
        plan_column.addWidget(self.preview, 1)
        plan_column.addWidget(self.renumber_consent)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.consent, 1)
        apply_row.addWidget(self.apply_button)
        apply_row.addWidget(self.stop_button)
        plan_column.addLayout(apply_row)
        plan_column.addWidget(self.result)
        changes_layout.addLayout(causes_column, 2)
        changes_layout.addLayout(plan_column, 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(machines, "")
        self.tabs.addTab(changes, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._progress)
        layout.addWidget(self._error)
        overview = QHBoxLayout()
        overview.addWidget(self.chart, 3)
        overview.addWidget(self.summary, 2)
        layout.addLayout(overview)
        layout.addWidget(self.tabs, 1)
        self._progress.hide()
        self.retranslate()
        self._update_buttons()

    # -- texts ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Many VMs"))
        self.setSubTitle(
            self.tr(
                "Every VM you can see, in one Resource Graph scan. Shared causes are fixed once; nothing changes "
                "before you have seen and confirmed the plan."
            )
        )
        self._group_label.setText(self.tr("Management &group (optional):"))
        self.management_group.setPlaceholderText(self.tr("all subscriptions"))
        self.scan_button.setText(self.tr("&Scan"))
        self.export_button.setText(self.tr("E&xport report"))
        self._export_html.setText(self.tr("HTML report with chart…"))
        self._export_csv.setText(self.tr("CSV for a spreadsheet…"))
        self._export_json.setText(self.tr("JSON…"))
        self.search.setPlaceholderText(self.tr("Search by name, resource group or region"))
        self.search.setAccessibleName(self.tr("Search machines"))
        self.table.setAccessibleName(self.tr("Machines"))
        self.tabs.setTabText(0, self.tr("&Machines"))
        self.tabs.setTabText(1, self.tr("Shared causes and &changes"))
        self.find_button.setText(self.tr("Find shared ca&uses"))
        self.plan_fix_button.setText(self.tr("Plan the network f&ix"))
        self.plan_enable_button.setText(self.tr("Plan &enabling"))
        self.consent.setText(self.tr("I have reviewed these changes and &want to apply them"))
        self.apply_button.setText(self.tr("&Apply"))
        self.stop_button.setText(self.tr("S&top"))
        self.model.retranslate()
        self._show_filter()
        self._show()

    def _show_filter(self) -> None:
        status = self.proxy.status
        if status is None:
            self.filter_label.setText(self.tr("Showing all machines"))
            self.filter_label.setToolTip(self.tr("Click a bar of the chart to show only the machines in it."))
        else:
            self.filter_label.setText(self.tr("Showing: {status}").format(status=status_label(status)))
            self.filter_label.setToolTip(self.tr("Click the bar again to show all machines."))

    def _show(self) -> None:
        if self.task.busy and self._busy_text:
            self.summary.setText(self._busy_text)
        elif self.scan is not None:
            self.summary.setText(
                self.tr("%n machine(s) in {subscriptions} subscriptions.", "", len(self.scan.vms)).format(
                    subscriptions=len(self.scan.subscriptions) or "?"
                )
            )
        self._show_causes()
        self._update_buttons()

    def _show_causes(self) -> None:
        causes = self.causes
        if causes is None:
            self.causes_label.setText(
                self.tr("Find shared causes to see which NSG, route or firewall blocks the failed VMs.")
            )
            return
        if not causes.causes and not causes.unknown:
            self.causes_label.setText(self.tr("No shared cause found: the network lets these VMs through."))
            return
        translate = QCoreApplication.translate
        items = "".join(f"<li>{html.escape(c.render(translate))}</li>" for c in causes.causes[:MAX_CAUSES_SHOWN])
        more = len(causes.causes) - MAX_CAUSES_SHOWN
        if more > 0:
            items += "<li>" + html.escape(self.tr("%n more cause(s)", "", more)) + "</li>"
        unknown = sum(len(c.vms) for c in causes.unknown)
        if unknown:
            items += "<li>" + html.escape(self.tr("%n VM(s) with a path that cannot be decided", "", unknown)) + "</li>"
        head = self.tr("%n network context(s) evaluated, each once:", "", causes.evaluated)
        self.causes_label.setText(f"<p>{html.escape(head)}</p><ul>{items}</ul>")

    # -- buttons ----------------------------------------------------------------------------------------------

    def _renumbers(self) -> bool:
        return self.analysis is not None and self.analysis.fleet_plan.plan.changes_existing_rules

    def _consented(self) -> bool:
        return self.consent.isChecked() and (self.renumber_consent.isChecked() or not self._renumbers())

    def _renumber_text(self) -> str:
        """Like the Fix page's: firewall collections that move are named with old → new priority. A check box does
        not wrap, so the text comes in short lines."""
        from core.remediation.moves import describe, plan_moves

        plan = self.analysis.fleet_plan.plan if self.analysis is not None else None
        moves = plan_moves(plan.operations) if plan is not None else []
        if moves:
            return self.tr(
                "I agree that these Azure Firewall &rule collections\n(or groups) get new priority numbers,\n"
                "in the same order:\n{moves}"
            ).format(moves="\n".join(describe([m]) for m in moves))
        return self.tr("I agree that an existing rule is &renumbered\nso that the new rule can go ahead of it")

    def _update_buttons(self) -> None:
        busy = self.task.busy
        scanned = self.scan is not None and not busy
        plan = self.analysis.fleet_plan.plan if self.analysis is not None else None
        ready = plan is not None and not plan.empty and self.outcome is None
        permitted = self.analysis is not None and self.analysis.permissions.ok
        self.scan_button.setEnabled(not busy)
        self.export_button.setEnabled(scanned)
        self.find_button.setEnabled(scanned)
        self.plan_fix_button.setEnabled(scanned)
        self.plan_enable_button.setEnabled(scanned)
        self.consent.setEnabled(ready and permitted and not busy)
        self.renumber_consent.setText(self._renumber_text())
        self.renumber_consent.setVisible(ready and self._renumbers())
        self.apply_button.setEnabled(ready and permitted and self._consented() and not busy)
        self.stop_button.setVisible(busy and self._stop is not None)

    def on_busy_changed(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        if not busy:
            self._busy_text = ""
        self._show()
        self.completeChanged.emit()  # the wizard settles the focus when the work ends
        if not busy:
            self.guard.work_ended()

    def _status_clicked(self, status: FleetStatus | None) -> None:
        self.proxy.set_status(status)
        self._show_filter()

    def primary_action(self) -> QPushButton | None:
        return self.apply_button

    def first_focus(self) -> QWidget | None:
        if self.consent.isVisible() and self.consent.isEnabled():
            return self.consent  # a plan waits for it; once ticked, Enter applies
        return self.table if self.model.rowCount() else self.scan_button

    def initializePage(self) -> None:
        if self.scan is None:
            self.load()

    def load(self) -> None:
        self._error.hide()
        self.task.start(self._scan())

    def _scope(self) -> Scope:
        from core.fleet.graph import Scope

        group = self.management_group.text().strip()
        return Scope(management_group=group) if group else Scope()

    def _busy(self, text: str) -> None:
        if self.task.busy:
            self._busy_text = text
            self.summary.setText(text)

    # -- work -------------------------------------------------------------------------------------------------

    async def _scan(self) -> None:
        from core.fleet.scan import FleetScan, iter_fleet_pages, resolve_subscriptions

        session = await self.context.session()
        self.scan = self.causes = self.index = self.analysis = self.outcome = None
        self.preview.set_plan(None)
        self.result.clear()
        self.model.clear_rows()
        self.chart.set_counts({})
        scope = self._scope()
        self._busy(self.tr("Listing subscriptions…"))
        subscriptions = await resolve_subscriptions(session, scope)
        found = FleetScan(subscriptions=subscriptions)
        await self._fill(found, iter_fleet_pages(session, scope, subscriptions=subscriptions))
        self.scan = found

    async def _fill(self, found: FleetScan, pages: Any) -> None:
        counts = dict.fromkeys(FleetStatus, 0)
        # ~10 objects a row the collector would otherwise re-scan, all at once, in its first older-generation
        # pass after the load (gui/runtime.py freeze_bulk_load): no collection while rows arrive, then freeze.
        with collection_held():
            try:
                async for page in pages:
                    for start in range(0, len(page), ROWS_PER_SLICE):
                        part = page[start : start + ROWS_PER_SLICE]
                        rows = await asyncio.to_thread(FleetTableModel.make_rows, part)  # items built off this thread
                        self.model.append(part, rows)
                        found.vms.extend(part)
                        for vm in part:
                            counts[vm.status] += 1
                        self.chart.set_counts(counts)
                        self._busy(self.tr("Scanning… %n machine(s) so far", "", len(found.vms)))
                        await asyncio.sleep(0)  # let the window paint and take input between slices
            finally:
                freeze_bulk_load()

    async def _refill(self, vms: list[FleetVm]) -> None:
        async def pages() -> Any:
            yield vms

        self.model.clear_rows()
        from core.fleet.scan import FleetScan

        found = FleetScan(subscriptions=self.scan.subscriptions if self.scan else [])
        await self._fill(found, pages())
        self.scan = found

    async def _find_causes(self) -> None:
        from core.fleet.plan import Selection
        from core.fleet.usecase import find_causes

        assert self.scan is not None
        session = await self.context.session()
        self._busy(self.tr("Reading the network and evaluating each shared context once…"))
        self.index, self.causes = await find_causes(session, self._scope(), self.scan, Selection())
        self.tabs.setCurrentIndex(1)

    def _plan_clicked(self, goal: str) -> None:
        from core.fleet.plan import FleetGoal

        self.task.start(self._plan(FleetGoal(goal)))

    async def _plan(self, goal: FleetGoal) -> None:
        from core.fleet.plan import DEFAULT_STATUSES, Selection, plan_fleet
        from core.fleet.usecase import FleetAnalysis, check_fleet_permissions

        if self.causes is None:
            await self._find_causes()
        assert self.scan is not None and self.causes is not None and self.index is not None
        session = await self.context.session()
        chosen = self.chart.selected
        statuses = frozenset({chosen}) if chosen is not None else DEFAULT_STATUSES
        selection = Selection(statuses=statuses, text=self.search.text())
        self.outcome = None
        self.consent.setChecked(False)
        self.renumber_consent.setChecked(False)
        self._busy(self.tr("Planning…"))
        fleet_plan = await asyncio.to_thread(plan_fleet, self.scan.vms, selection, goal, self.causes, self.index)
        self._busy(self.tr("Checking your permissions…"))
        permissions = await check_fleet_permissions(session, fleet_plan.plan)
        self.analysis = FleetAnalysis(self._scope(), self.scan, self.index, self.causes, fleet_plan, permissions)
        self.preview.set_plan(fleet_plan.plan)
        served = sum(1 for s in fleet_plan.serves if s)
        text = self.tr("%n VM(s) selected.", "", len(fleet_plan.selected))
        if not permissions.ok:
            missing = "; ".join(m.render(QCoreApplication.translate) for m in permissions.missing)
            text += " " + self.tr("Not allowed: {missing}").format(missing=missing)
        elif served:
            text += " " + self.tr("Review the plan, then confirm below.")
        self.result.setText(text)
        self.tabs.setCurrentIndex(1)

    def _apply_clicked(self) -> None:
        if self.analysis is None or not self._consented():
            return
        from core.changes.run import StopToken

        self._stop = StopToken()
        self.task.start(self._apply(self.analysis, self._stop))

    @property
    def applying(self) -> bool:
        return self._stop is not None and self.task.busy

    def leave_after_stop(self, action: Callable[[], None]) -> None:
        self.guard.leave(action)

    def cancel_work(self) -> None:
        if self._stop is not None and self.task.busy:
            self._stop.request("closed")  # the writes in flight finish and are journalled, nothing new starts
        super().cancel_work()

    def _stop_clicked(self) -> None:
        if self._stop is not None:
            self._stop.request("user")
            self._busy(self.tr("Stopping after the changes in flight…"))

    async def _apply(self, analysis: FleetAnalysis, stop: StopToken) -> None:
        from core.fleet.usecase import apply_fleet

        session = await self.context.session()

        def progress(index: int, step: Any, finished: int, total: int) -> None:
            self._busy(self.tr("Applying: {done} of {total} changes finished").format(done=finished, total=total))

        def rescan() -> None:
            self._busy(self.tr("Scanning the fleet again…"))

        try:
            outcome = await apply_fleet(session, analysis, on_step=progress, on_rescan=rescan, stop=stop)
        finally:
            self._stop = None
            self.consent.setChecked(False)
        self.outcome = outcome
        ok = sum(1 for r in outcome.report.vm_results(outcome.serves) if r.ok)
        lines = [self.tr("Applied for {ok} of {total} VMs.").format(ok=ok, total=len(outcome.served()))]
        if outcome.report.cancelled:
            lines.append(self.tr("Stopped. Scan again and plan the rest, or resume from the command line."))
        if outcome.after is not None:
            blocked, unhealthy = outcome.still_blocked(), outcome.not_healthy()
            if not blocked and not unhealthy:
                lines.append(self.tr("Verified: the fleet was scanned again and every selected VM is through."))
            else:
                lines.append(self.tr("Scanned again: %n VM(s) still need attention.", "", len(blocked | unhealthy)))
            self.causes = outcome.after_causes
            await self._refill(outcome.after.vms)
        else:
            lines.append(self.tr("The fleet could not be scanned again; press Scan to check."))
        self.result.setText(" ".join(lines))

    # -- reports ----------------------------------------------------------------------------------------------

    def _export(self, kind: str) -> None:
        if self.scan is None:
            return
        filters = {
            "html": self.tr("HTML report (*.html)"),
            "csv": self.tr("CSV (*.csv)"),
            "json": self.tr("JSON (*.json)"),
        }
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), f"fleet-report.{kind}", filters[kind])
        if not path:
            return
        vms, causes = list(self.scan.vms), self.causes
        translate = QCoreApplication.translate

        def write() -> None:
            from core.fleet import report

            if kind == "html":
                text = report.report_html(vms, causes, translate)
            elif kind == "csv":
                text = report.report_csv(vms)
            else:
                text = report.report_json_text(vms, causes)
            Path(path).write_text(text, encoding="utf-8")

        future = asyncio.ensure_future(asyncio.to_thread(write))
        future.add_done_callback(self._exported)

    def _exported(self, future: asyncio.Future[None]) -> None:
        error = future.exception()
        if isinstance(error, OSError):  # the file could not be written: say so on the page
            self.summary.setText(self.tr("The report could not be saved: {detail}").format(detail=error))
        elif error is not None:  # anything else is a bug
            self.context.crash.show(error, self)
