"""Summary: what was found and what was changed, the report for a ticket (HTML + JSON), commands, log folder."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.display_names import ValueKind
from core.logs import log_root
from core.report import ReportInput, report_html, report_json_text, vm_facts
from gui.api_values import shown
from gui.pages.base import WizardPage
from gui.services import PageContext
from gui.state import WizardState
from gui.widgets.report_view import ReportView
from gui.widgets.support_snapshot import SupportSnapshotButton

log = logging.getLogger(__name__)


def session_log_folder() -> Path:
    """This session's log folder: where the root logger's file handler writes (set up by the app)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename).parent
    return log_root()


def report_input(state: WizardState) -> ReportInput:
    diagnosis = state.verified or state.diagnosis
    extension = getattr(diagnosis, "extension", None) or state.extension
    prerequisites = getattr(diagnosis, "prerequisites", None) or state.prerequisites
    cloud = state.session.endpoint.cloud.name.value if state.session else state.cloud.value
    return ReportInput(
        cloud=cloud,
        simulated=state.simulated,
        vm=vm_facts(state.vm) if state.vm else None,
        prerequisites=prerequisites,
        extension=extension,
        diagnosis=diagnosis,
        changes=tuple(state.changes),
        commands=tuple(state.commands),
        azure_status=_azure_status(state),
    )


def _azure_status(state: WizardState) -> object | None:
    """What Defender for Cloud and Azure Policy said about this VM (loaded on Prerequisites / Verify)."""
    loaded = state.extra.get("azure_status")
    return loaded[1] if isinstance(loaded, tuple) and state.vm is not None and loaded[0] == state.vm.id else None


def headline(state: WizardState) -> str:
    name = state.vm.name if state.vm else "—"
    data = report_input(state)
    if data.prerequisites is not None and not data.prerequisites.met:
        return QCoreApplication.translate(
            "SummaryPage", "{vm} does not meet the prerequisites for boot integrity monitoring yet."
        ).format(vm=name)
    if data.extension is not None and data.extension.healthy and state.path_blocked() is not True:
        return QCoreApplication.translate(
            "SummaryPage", "Boot integrity monitoring is on and healthy for {vm}."
        ).format(vm=name)
    if state.path_blocked():
        return QCoreApplication.translate(
            "SummaryPage", "{vm} cannot reach Azure Attestation yet; the blockers are listed below."
        ).format(vm=name)
    if data.extension is not None and data.extension.installed and state.path_blocked() is False:
        return QCoreApplication.translate(
            "SummaryPage",
            "{vm} can reach Azure Attestation now, but the extension still reports {state} from when the path was "
            "blocked. Redeploy it on the Enable page so that it attests again.",
        ).format(
        vm=name,
        state=shown(ValueKind.PROVISIONING_STATE, data.extension.provisioning_state),
    )
    return QCoreApplication.translate("SummaryPage", "Boot integrity monitoring for {vm} is not healthy yet.").format(
        vm=name
    )


class SummaryPage(WizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context.state)
        self.context = context
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = ReportView()
        self.details.setOpenLinks(False)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export_clicked)
        self.copy_commands = QPushButton()
        self.copy_commands.clicked.connect(self.copy_commands_to_clipboard)
        self.open_logs = QPushButton()
        self.open_logs.clicked.connect(self._open_logs)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_commands)
        buttons.addWidget(self.open_logs)
        buttons.addWidget(SupportSnapshotButton(context.state, self.status))  # "Save snapshot for support" (issue 14)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setFinalPage(True)
        # The report is laid out in its own event, after the page has appeared: together with the page switch
        # the two took up to ~55 ms at the end of a long session (the report grows with every change).
        self._render = QTimer(self)
        self._render.setSingleShot(True)
        self._render.setInterval(0)
        self._render.timeout.connect(self._render_report)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("What the wizard found and changed. Export a report to attach it to a ticket."))
        self.export_button.setText(self.tr("&Export report…"))
        self.copy_commands.setText(self.tr("&Copy commands"))
        self.open_logs.setText(self.tr("Open &log folder"))
        self.details.setAccessibleName(self.tr("Report"))
        if self.state.vm is not None:
            self._refresh()

    def first_focus(self) -> QWidget | None:
        return self.export_button  # the report for the ticket is what most users come here for

    def initializePage(self) -> None:
        self.status.clear()
        self._refresh()

    def _refresh(self) -> None:
        text = headline(self.state)
        self.headline.setText(text)
        self.headline.setAccessibleDescription(text)
        self.copy_commands.setEnabled(bool(self.state.commands))
        self._render.start()

    @property
    def report_pending(self) -> bool:
        return self._render.isActive()

    def _render_report(self) -> None:
        language = self.context.languages.language
        self.details.setHtml(report_html(report_input(self.state), QCoreApplication.translate, language))

    # --- actions -------------------------------------------------------------------------------------------
    def export_report(self, html_path: Path) -> tuple[Path, Path]:
        """Write the HTML report and a JSON twin next to it; returns both paths."""
        html_path = html_path.with_suffix(".html")
        json_path = html_path.with_suffix(".json")
        data = report_input(self.state)
        language = self.context.languages.language
        html_path.write_text(report_html(data, QCoreApplication.translate, language), encoding="utf-8")
        json_path.write_text(report_json_text(data), encoding="utf-8")
        log.info("report exported to %s and %s", html_path, json_path)
        self.status.setText(self.tr("Report saved: {html} and {json}").format(html=html_path, json=json_path))
        return html_path, json_path

    def _export_clicked(self) -> None:
        name = f"boot-integrity-{self.state.vm.name if self.state.vm else 'report'}.html"
        suggested = str(session_log_folder() / name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), suggested, self.tr("HTML (*.html)"))
        if path:
            try:
                self.export_report(Path(path))
            except OSError as error:
                self.status.setText(self.tr("The report could not be saved: {error}").format(error=error))

    def copy_commands_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText("\n\n".join(self.state.commands))
        self.status.setText(self.tr("%n command(s) copied to the clipboard.", "", len(self.state.commands)))

    def _open_logs(self) -> None:
        folder = str(session_log_folder())
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):  # no file manager or opener (xdg-open)
            QGuiApplication.clipboard().setText(folder)
            self.status.setText(
                self.tr(
                    "No program to open folders is set up on this computer. The log folder is {folder}; its path "
                    "was copied to the clipboard, so you can open it in a file manager or attach its files to the "
                    "ticket."
                ).format(folder=folder)
            )
