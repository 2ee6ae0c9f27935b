"""Choose VM: subscriptions and a searchable VM table that fills page by page while ARM pages arrive."""

from __future__ import annotations

import asyncio
import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.azure.inventory import VmSummary, attestation_extension_states, iter_all_vm_pages, list_subscriptions
from gui.pages.base import AsyncWizardPage
from gui.services import PageContext
from gui.vm_table import COLUMNS, VM_ROLE, VmFilterProxy, VmTableModel

if TYPE_CHECKING:
    from core.azure.errors import ArmError
    from core.azure.session import ArmSession

log = logging.getLogger(__name__)
_ROWS_PER_SLICE = 50
_ROWS_PER_UPDATE = 500  # Monitoring column texts: ~0.02 ms a row
_SHRINKABLE = ("location", "security_type", "resource_group")  # elided first when the columns do not fit


class ChooseVmPage(AsyncWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self._settings = context.settings
        self.model = VmTableModel()
        self.proxy = VmFilterProxy()
        self.proxy.setSourceModel(self.model)
        self._subscription = QComboBox()
        self._subscription.currentIndexChanged.connect(self._subscription_changed)
        self._search = QLineEdit()
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self.proxy.set_text)
        self._search.textChanged.connect(self._update_status)  # after the filter: the count follows it
        self._search.returnPressed.connect(self._choose_only_hit)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)  # one line per VM; long names are elided, the tooltip shows the resource id
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Sized to the contents once when rows arrive, not on every layout pass: ResizeToContents re-measures rows
        # whenever the wizard re-lays out (every selection change), a visible stall with thousands of VMs.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Column widths are measured (~15 ms) once the list is complete; a list that takes long to load is also
        # measured once on the way, so it is readable early.
        self._early_sizing = QTimer(self)
        self._early_sizing.setSingleShot(True)
        self._early_sizing.setInterval(300)
        self._early_sizing.timeout.connect(self._fit_columns)
        self._status = QLabel()
        # In the demo tenant each VM tells one scenario's story; shown for the selected VM (training, demos).
        self.story = QLabel()
        self.story.setWordWrap(True)
        self.story.setTextFormat(Qt.TextFormat.RichText)
        self.story.hide()

        self._subscription_label = QLabel()
        self._subscription_label.setBuddy(self._subscription)
        self._search_label = QLabel()
        self._search_label.setBuddy(self._search)
        filters = QHBoxLayout()
        filters.addWidget(self._subscription_label)
        filters.addWidget(self._subscription, 1)
        filters.addWidget(self._search_label)
        filters.addWidget(self._search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self._error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)
        layout.addWidget(self.story)
        self.on_busy_changed(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a virtual machine"))
        self.setSubTitle(self.tr("Select the VM whose boot integrity monitoring you want to check or enable."))
        self._subscription_label.setText(self.tr("&Subscription:"))
        self._search_label.setText(self.tr("S&earch:"))
        self._search.setPlaceholderText(self.tr("Name, resource group or region"))
        self.table.setAccessibleName(self.tr("Virtual machines"))
        self._progress.setAccessibleName(self.tr("Loading virtual machines"))
        if self._subscription.count():
            self._subscription.setItemText(0, self.tr("All subscriptions"))
        # The language is switched on the welcome page; this page reloads its rows when it is entered again, so
        # rewriting thousands of hidden rows would only stall the switch.
        self.model.retranslate(rows=self.isVisible())
        self._update_status()
        if self.state.vm is not None:
            self._show_story()

    # --- loading -------------------------------------------------------------------------------------------
    def first_focus(self) -> QWidget | None:
        return self._search  # type to find the VM; Enter on the only hit chooses it

    def initializePage(self) -> None:
        self.load()

    def load(self) -> None:
        self._error.clear()
        self.model.clear()
        self.state.vm = None
        self.completeChanged.emit()
        self.task.start(self._fetch())

    async def _fetch(self) -> None:
        session = await self.context.session()
        subscriptions = await list_subscriptions(session)
        self._subscription.blockSignals(True)
        self._subscription.clear()
        self._subscription.addItem(self.tr("All subscriptions"), None)
        for sub in sorted(subscriptions, key=lambda s: s.display_name.lower()):
            self._subscription.addItem(f"{sub.display_name} ({sub.id})", sub.id)
        # The subscription chosen last time, when this sign-in still sees it; otherwise all of them.
        remembered = self._subscription.findData(self._settings.last_subscription(simulated=self.state.simulated))
        self._subscription.setCurrentIndex(max(0, remembered))
        self.proxy.set_subscription(self._subscription.currentData())
        self._subscription.blockSignals(False)
        subscription_ids = [s.id for s in subscriptions]
        # Extensions come from one Resource Graph query in parallel with the VM pages; the column fills when both
        # are in. Without Resource Graph access the column keeps saying "Unknown" — the rest of the page works.
        monitoring = asyncio.ensure_future(self._monitoring_states(session, subscription_ids))
        self._early_sizing.start()
        try:
            async for page in iter_all_vm_pages(session, subscription_ids):
                # ARM pages can hold up to 1,000 VMs; inserting rows costs ~0.3 ms each (sorted proxy), so a page
                # goes in slices with the event loop turning in between.
                for start in range(0, len(page), _ROWS_PER_SLICE):
                    if start:
                        await asyncio.sleep(0)
                    self.model.append(page[start : start + _ROWS_PER_SLICE])
                self._update_status()
                # Sorted by name once; the proxy's dynamic sorting places later rows itself (sorting again on
                # every page re-sorted thousands of rows each time). A column the user chose is kept.
                if self.proxy.sortColumn() < 0:
                    self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        except BaseException:
            monitoring.cancel()  # paging failed or the user left: the column no longer matters
            raise
        finally:
            self._early_sizing.stop()
        self._fit_columns()
        states = await monitoring
        if states is not None:
            for start in range(0, self.model.rowCount(), _ROWS_PER_UPDATE):
                if start:
                    await asyncio.sleep(0)
                self.model.fill_monitoring(states, start, _ROWS_PER_UPDATE)
            self._fit_columns()  # "Fehlgeschlagen" is longer than the "Unbekannt" the widths were measured for
        defender = await self._defender_states(session, subscription_ids)
        if defender:
            self.model.fill_defender(defender)
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column as wide as its contents, the last one taking the room that is left. When that is too wide
        (German, large fonts), the columns that stay recognisable when elided give up to 40 % of their width, so
        the Monitoring column stays in view; only beyond that a horizontal scroll bar appears."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        overflow = header.length() - self.table.viewport().width()
        for name in _SHRINKABLE:
            if overflow <= 0:
                break
            column = COLUMNS.index(name)
            width = header.sectionSize(column)
            give = min(overflow, int(width * 0.4))
            header.resizeSection(column, width - give)
            overflow -= give
        header.setStretchLastSection(overflow < 0)

    async def _monitoring_states(self, session: ArmSession, subscription_ids: list[str]) -> dict[str, str] | None:
        """Guest Attestation states by VM id; None when Resource Graph cannot be read (the column stays Unknown)."""
        try:
            return await attestation_extension_states(session, subscription_ids)
        except Exception:  # an optional column: logged, and the VM list stays usable
            log.warning("Resource Graph query for the Monitoring column failed", exc_info=True)
            return None

    async def _defender_states(self, session: ArmSession, subscription_ids: list[str]) -> dict[str, object] | None:
        """Defender's guest attestation health by VM id; None when Resource Graph cannot be read (column stays —)."""
        from core.defender.fleet import attestation_health_states

        try:
            return dict(await attestation_health_states(session, subscription_ids))
        except Exception:  # an optional column, like Monitoring
            log.warning("Resource Graph query for the Defender column failed", exc_info=True)
            return None

    def _failed(self, error: ArmError) -> None:
        super()._failed(error)
        self._update_status()

    def on_busy_changed(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self._update_status()
        self.completeChanged.emit()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self.task.busy:
            text = self.tr("Loading virtual machines… %n found so far.", "", count)
        elif self.proxy.rowCount() != count:  # a search or subscription filter hides some
            text = self.tr("{shown} of %n virtual machine(s) shown.", "", count).format(shown=self.proxy.rowCount())
        else:
            text = self.tr("%n virtual machine(s) found.", "", count)
        self._status.setText(text)

    def _choose_only_hit(self) -> None:
        """Enter in the search box chooses the VM when the search left exactly one."""
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)
            self.table.setFocus()

    def _subscription_changed(self) -> None:
        chosen = self._subscription.currentData()
        self.proxy.set_subscription(chosen)
        self._settings.set_last_subscription(chosen, simulated=self.state.simulated)
        self._update_status()

    # --- selection -----------------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.state.vm = self.proxy.data(rows[0], VM_ROLE) if rows else None
        self._show_story()
        self.completeChanged.emit()

    def _show_story(self) -> None:
        story = self.context.connector.scenario_story(self.state.vm.id) if self.state.vm else None
        if story is None:
            self.story.hide()
            return
        title = QCoreApplication.translate("Scenarios", story.title)
        text = QCoreApplication.translate("Scenarios", story.story)
        self.story.setText(
            self.tr("<b>Demo scenario: {title}.</b> {story}").format(title=html.escape(title), story=html.escape(text))
        )
        self.story.setAccessibleDescription(f"{title}. {text}")
        self.story.show()

    def select_vm(self, name: str) -> bool:
        """Select the first visible VM with this name (keyboard-free helper for tests and screenshots)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            vm: VmSummary = self.proxy.data(index, VM_ROLE)
            if vm.name == name:
                self.table.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.setCurrentIndex(index)  # keyboard focus and screen readers follow the selection
                self.table.scrollTo(index)
                return True
        return False

    def isComplete(self) -> bool:
        return self.state.vm is not None and not self.task.busy
