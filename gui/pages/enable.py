"""Enable monitoring: install (or repair) the Guest Attestation extension with the user's options.

Options: automatic upgrade (on by default; Linux note about "Transitioning"), and the attestation provider —
the shared regional one, shown by name and URL, or a custom URL validated as the user types. The plan is shown
as a what-if preview and nothing is sent until the user agrees to it (the same consent as on the Fix page — also for
re-deploying a failed extension from the Verify page); applying runs through the change engine
(``gui.pages.applying``); after applying, the result comes from the extension's instance
view, and when it failed the diagnosis that ran afterwards says why (Next shows it as layers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.diagnosis.endpoints import shared_provider, validate_maa_endpoint
from core.display_names import ValueKind
from gui.api_values import shown
from gui.pages.applying import (
    ApplyingPage,
    missing_permissions,
    plan_commands,
    raise_if_failed,
    raise_if_not_permitted,
    step_lines,
)
from gui.services import PageContext
from gui.widgets.plan_preview import PlanPreview
from gui.widgets.status import SYMBOLS, Status

if TYPE_CHECKING:
    from core.remediation.extension_plan import ExtensionOptions
    from core.usecases.fix import Outcome, Preview


class EnablePage(ApplyingPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.current = QLabel()
        self.current.setWordWrap(True)
        font = self.current.font()
        font.setBold(True)
        self.current.setFont(font)

        self.options_box = QGroupBox()
        self.auto_upgrade = QCheckBox()
        self.auto_upgrade.setChecked(True)
        self.linux_note = QLabel()
        self.linux_note.setWordWrap(True)
        self.shared = QRadioButton()
        self.shared.setChecked(True)
        self.custom = QRadioButton()
        self.providers = QButtonGroup(self)
        self.providers.addButton(self.shared)
        self.providers.addButton(self.custom)
        self.custom_url = QLineEdit()
        self.custom_url.setPlaceholderText("https://contoso.weu.attest.azure.net")
        self.custom_url.setEnabled(False)
        self.url_problems = QLabel()
        self.url_problems.setWordWrap(True)
        grid = QGridLayout(self.options_box)
        grid.addWidget(self.auto_upgrade, 0, 0, 1, 2)
        grid.addWidget(self.linux_note, 1, 0, 1, 2)
        grid.addWidget(self.shared, 2, 0, 1, 2)
        grid.addWidget(self.custom, 3, 0)
        grid.addWidget(self.custom_url, 3, 1)
        grid.addWidget(self.url_problems, 4, 1)
        grid.setColumnStretch(1, 1)

        self.preview_widget = PlanPreview()
        self.permissions = QLabel()
        self.permissions.setWordWrap(True)
        self.consent = QCheckBox()
        self.consent.toggled.connect(self._show)
        self.enable_button = QPushButton()
        self.enable_button.clicked.connect(self._enable_clicked)
        # Re-plan shortly after the options stop changing, not on every keystroke.
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(400)
        self._replan.timeout.connect(self._plan_if_valid)
        self.auto_upgrade.toggled.connect(self._options_changed)
        self.custom.toggled.connect(self._options_changed)
        self.custom_url.textChanged.connect(self._options_changed)

        actions = QHBoxLayout()
        actions.addWidget(self.consent, 1)
        actions.addWidget(self.enable_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self.current)
        layout.addWidget(self.options_box)
        layout.addWidget(self._progress)
        layout.addWidget(self.preview_widget, 1)
        layout.addWidget(self.permissions)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        self.setTabOrder(self.auto_upgrade, self.shared)
        self.setTabOrder(self.shared, self.custom)
        self.setTabOrder(self.custom, self.custom_url)
        self.preview: Preview | None = None
        self.outcome: Outcome | None = None
        self._last: Callable[[], None] = self._plan_if_valid
        self.on_busy_changed(False)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Enable boot integrity monitoring"))
        self.setSubTitle(self.tr("Installs the Guest Attestation extension on the VM with the options below."))
        self.options_box.setTitle(self.tr("Options"))
        self.auto_upgrade.setText(self.tr("Upgrade the extension &automatically (recommended)"))
        self.linux_note.setText(
            self.tr(
                "Known issue on Linux: with automatic upgrade on, the extension can stay in the state "
                "“Transitioning”. If that happens, enable it again with this option off."
            )
        )
        self.custom.setText(self.tr("C&ustom attestation provider:"))
        self.custom_url.setAccessibleName(self.tr("Custom attestation provider URL"))
        self.consent.setText(self.tr("I have reviewed these changes and &want to apply them"))
        self.enable_button.setText(self.tr("&Enable monitoring"))
        self._progress.setAccessibleName(self.tr("Enabling monitoring"))
        self._show()

    def _cloud(self) -> str:
        session = self.state.session
        return session.endpoint.cloud.name.value if session else self.state.cloud.value

    # --- options -------------------------------------------------------------------------------------------
    def options(self) -> ExtensionOptions:
        from core.remediation.extension_plan import ExtensionOptions

        url = self.custom_url.text().strip() if self.custom.isChecked() else None
        return ExtensionOptions(automatic_upgrade=self.auto_upgrade.isChecked(), maa_endpoint=url, cloud=self._cloud())

    def url_errors(self) -> list[str]:
        if not self.custom.isChecked():
            return []
        problems = validate_maa_endpoint(self.custom_url.text().strip(), self._cloud())
        return [QCoreApplication.translate("Findings", p) for p in problems]

    def _options_changed(self) -> None:
        self.custom_url.setEnabled(self.custom.isChecked())
        errors = self.url_errors()
        self.url_problems.setText("\n".join(f"{SYMBOLS[Status.FAIL]} {e}" for e in errors))
        self.url_problems.setVisible(bool(errors))
        self.custom_url.setAccessibleDescription(" ".join(errors))
        self.preview = None
        self.consent.setChecked(False)  # agreed to the old plan, not to the one these options make
        self._error.clear()  # a failure of the previous plan says nothing about the new one
        self._show()
        if self.needs_enabling() and not errors:
            self._replan.start()

    def needs_enabling(self) -> bool:
        extension = self.state.extension
        return self.outcome is None and not (extension is not None and extension.healthy)

    # --- planning and applying -----------------------------------------------------------------------------
    def primary_action(self) -> QPushButton | None:
        return self.enable_button

    def first_focus(self) -> QWidget | None:
        return self.consent  # the change waits for it; once ticked, Enter enables

    def initializePage(self) -> None:
        self.outcome = None
        self.preview = None
        self.consent.setChecked(False)
        self._error.clear()
        self.linux_note.setVisible(self._os_type() == "Linux")
        self._show()
        if self.needs_enabling():
            self._plan_if_valid()

    def cleanupPage(self) -> None:
        self._replan.stop()
        super().cleanupPage()

    def _os_type(self) -> str | None:
        prerequisites = self.state.prerequisites
        return prerequisites.os_type if prerequisites else (self.state.vm.os_type if self.state.vm else None)

    def _plan_if_valid(self) -> None:
        if self.url_errors() or not self.needs_enabling():
            return
        self._error.clear()
        self._last = self._plan_if_valid
        self._busy_text = self.tr("Checking the VM and planning the installation…")
        self.task.start(self._plan())

    async def _plan(self) -> None:
        from core.usecases.enable import preview_enable

        vm = self.state.vm
        assert vm is not None
        session = await self.context.session()
        preview = await preview_enable(session, vm.id, self.options())
        self.preview = preview
        self.consent.setChecked(False)
        self.state.diagnosis = preview.run.diagnosis
        self._show()

    def _enable_clicked(self) -> None:
        if self.preview is None or not self.consent.isChecked():
            return
        self._error.clear()
        self._last = self._enable_clicked
        self._busy_text = self.tr("Installing the extension; this can take a few minutes…")
        self.task.start(self._enable())

    async def _enable(self) -> None:
        from core.usecases.fix import outcome_of, prepare_apply

        preview = self.preview
        assert preview is not None
        raise_if_not_permitted(preview.permissions)
        for command in plan_commands(preview.plan):
            if command not in self.state.commands:
                self.state.commands.append(command)
        session = await self.context.session()
        run = prepare_apply(session, preview, on_progress=self.on_change_progress)
        try:
            result = await self.apply_change(run)
        finally:
            if run.result.interrupted:  # stopped between steps: show what was applied, not the options again
                self.outcome = outcome_of(preview, run.result)
        if result.interrupted:
            self._show()
            return
        raise_if_failed(result.report)  # the options stay, with the consent given: Retry applies them again
        outcome = outcome_of(preview, result)
        self.outcome = outcome
        self.consent.setChecked(False)
        if outcome.after is not None:
            self.state.changed_and_checked(outcome.after.diagnosis)
        self._show()

    def load(self) -> None:
        self._plan_if_valid()

    def retry(self) -> None:
        self._last()

    # --- showing -------------------------------------------------------------------------------------------
    def _show(self) -> None:
        extension = self.state.extension
        provider = shared_provider(self.state.vm.location, self._cloud()) if self.state.vm else None
        if provider is not None:
            self.shared.setText(
                self.tr("&Shared regional provider: {host} ({url})").format(host=provider.host, url=provider.url)
            )
        else:
            self.shared.setText(self.tr("&Shared regional provider (chosen by Azure for the VM's region)"))
        if extension is not None and extension.healthy:
            text = (
                SYMBOLS[Status.OK]
                + " "
                + self.tr("Boot integrity monitoring is on: the extension {name} reports {state}.").format(
                    name=extension.name or "", state=shown(ValueKind.PROVISIONING_STATE, extension.provisioning_state)
                )
            )
        elif extension is not None and extension.installed:
            text = (
                SYMBOLS[Status.FAIL]
                + " "
                + self.tr(
                    "The extension {name} is installed but reports {state}. Select Next to find out why, or deploy "
                    "it again below with Enable monitoring."
                ).format(
                    name=extension.name or "", state=shown(ValueKind.PROVISIONING_STATE, extension.provisioning_state)
                )
            )
        else:
            text = self.tr("The Guest Attestation extension is not installed yet.")
        self.current.setText(text)
        self.current.setAccessibleDescription(text)
        self.options_box.setVisible(self.needs_enabling())
        # After applying, the plan stays in view as the record of what was sent to Azure.
        self.preview_widget.setVisible(self.needs_enabling() or self.outcome is not None)
        self.preview_widget.set_plan(self.preview.plan if self.preview is not None else None)
        missing = missing_permissions(self.preview.permissions) if self.preview is not None else []
        self.permissions.setText("\n".join(f"{SYMBOLS[Status.FAIL]} {m}" for m in missing))
        self.permissions.setVisible(bool(missing))
        if self.task.busy:
            self.result.setText(self._busy_text)
        elif self.outcome is not None:
            self.result.setText(self._outcome_text())
        elif not self.needs_enabling():
            self.result.setText(self.tr("Nothing to change here. Select Next for the summary and the report."))
        else:
            self.result.clear()
        ready = self.preview is not None and not self.preview.plan.empty and not missing and not self.url_errors()
        self.consent.setVisible(self.needs_enabling())
        self.consent.setEnabled(ready and not self.task.busy)
        self.enable_button.setVisible(self.needs_enabling())
        self.enable_button.setEnabled(ready and self.consent.isChecked() and not self.task.busy)

    def _outcome_text(self) -> str:
        extension = self.state.extension
        if self.outcome is not None and self.outcome.interrupted:
            return "\n".join([*step_lines(self.outcome.report), SYMBOLS[Status.WARN] + " " + self.interrupted_text()])
        if extension is not None and extension.healthy:
            done = self.tr("Done: the extension reports {state}. Select Next for the summary and the report.")
            steps = step_lines(self.outcome.report) if self.outcome is not None else []
            done = done.format(state=shown(ValueKind.PROVISIONING_STATE, extension.provisioning_state))
            return "\n".join([*steps, SYMBOLS[Status.OK] + " " + done])
        reason = ""
        if extension is not None and extension.findings:
            reason = extension.findings[0].render(QCoreApplication.translate)
        if self.state.path_blocked():
            reason += " " + self.tr("The network path to Azure Attestation is blocked; select Next to see where.")
        state = extension.provisioning_state if extension is not None else None
        return (
            SYMBOLS[Status.FAIL]
            + " "
            + self.tr("The extension reports {state}.").format(state=shown(ValueKind.PROVISIONING_STATE, state))
            + (" " + reason.strip() if reason.strip() else "")
        )

    def isComplete(self) -> bool:
        return not self.task.busy
