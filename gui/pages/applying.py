"""The applying page every change shares (Enable, Fix, Prerequisites): the change engine's run, shown and guarded.

A page previews a plan, asks for consent, then hands a ``core.changes.ChangeRun`` to :meth:`ApplyingPage.apply_change`.
While it runs, ``result`` shows the step being written; Back, Cancel, Escape and closing the window go through
:meth:`ApplyingPage.leave_after_stop`, which asks "Changes are being applied. Stop after the current step?" — Yes
stops the run after its step in flight (the engine never tears a write) and then does what the user asked; No
keeps applying. Whatever happened, every step's outcome is added to the wizard's change records (the summary and
the report), and the audit record written by the engine is what Undo takes back, also of a stopped run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from core.azure.errors import FORBIDDEN, GENERIC, ArmError
from core.i18n import QT_TRANSLATE_NOOP
from core.report import ChangeOutcome, ChangeRecord
from gui.pages.base import AsyncWizardPage
from gui.widgets.status import SYMBOLS, Status

if TYPE_CHECKING:  # the engine pulls in the SDK: imported on first use, not at start-up
    from core.changes import ApplyReport, ChangeProgress, ChangeResult, ChangeRun
    from core.remediation.permissions import PermissionCheck
    from core.remediation.plan import Plan
    from gui.services import PageContext


def progress_text(progress: ChangeProgress) -> str:
    """One translated line for where a run is."""
    from core.changes import Phase

    if progress.phase is Phase.CHECK:
        return QCoreApplication.translate("ApplyingPage", "Checking the VM and its network path again…")
    if progress.phase is Phase.PERMISSIONS:
        return QCoreApplication.translate("ApplyingPage", "Checking your permissions…")
    if progress.phase is Phase.STOPPING:
        return (
            QCoreApplication.translate(
                "ApplyingPage", "Stopping after the current step (%1 of %2); it is finished and recorded first…"
            )
            .replace("%1", str(progress.step))
            .replace("%2", str(progress.total))
        )
    operation = progress.operation
    return (
        QCoreApplication.translate("ApplyingPage", "Step %1 of %2: %3…")
        .replace("%1", str(progress.step))
        .replace("%2", str(progress.total))
        .replace("%3", operation.render(QCoreApplication.translate) if operation is not None else "")
    )


def step_lines(report: ApplyReport) -> list[str]:
    """One line per step: a symbol, what the step does and how it ended ("✔ Create …: Done.")."""
    from core.changes import StepStatus

    symbols = {StepStatus.APPLIED: "✔", StepStatus.ALREADY: "✔", StepStatus.NOT_ATTEMPTED: "–"}
    return [
        f"{symbols.get(step.status, '✖')} {step.operation.render(QCoreApplication.translate)} "
        f"— {step.render(QCoreApplication.translate)}"
        for step in report.steps
    ]


def change_records(report: ApplyReport, *, undo: bool = False) -> list[ChangeRecord]:
    """One record per step, with its request IDs, for the summary and the ticket report."""
    from core.changes import StepStatus

    # How a step's status appears in the change records; a step sent but never answered counts as failed.
    outcomes = {
        StepStatus.APPLIED: ChangeOutcome.UNDONE if undo else ChangeOutcome.APPLIED,
        StepStatus.ALREADY: ChangeOutcome.UNDONE if undo else ChangeOutcome.APPLIED,
        StepStatus.NOT_ATTEMPTED: ChangeOutcome.CANCELLED,
    }
    now = datetime.now(UTC)
    records = []
    for step in report.steps:
        op = step.operation
        outcome = outcomes.get(step.status, ChangeOutcome.FAILED)
        went_wrong = outcome in (ChangeOutcome.FAILED, ChangeOutcome.CANCELLED)
        records.append(
            ChangeRecord(
                description=op.render(),
                description_local=op.render(QCoreApplication.translate),
                kind=op.kind.value,
                target=op.target_id,
                outcome=outcome,
                request_ids=tuple(step.request_ids),
                at=now,
                error=step.render(QCoreApplication.translate) if went_wrong else None,
            )
        )
    return records


def plan_commands(plan: Plan) -> list[str]:
    """az CLI and PowerShell for every operation, in order (the summary's "Copy commands")."""
    az = [op.az_cli for op in plan.operations if op.az_cli]
    return az + [op.powershell for op in plan.operations if op.powershell]


def missing_permissions(permissions: PermissionCheck | None) -> list[str]:
    if permissions is None:
        return []
    return [m.render(QCoreApplication.translate) for m in permissions.missing]


def raise_if_not_permitted(permissions: PermissionCheck | None) -> None:
    """Refuse before any write when the signed-in principal lacks a permission; the message names the role."""
    missing = missing_permissions(permissions)
    if missing:
        raise ArmError(FORBIDDEN, " ".join(missing), code="AuthorizationFailed", status=403, retryable=False)


def raise_if_failed(report: ApplyReport) -> None:
    """The first failed step as an ArmError (code, message, request ID) for the page's error banner."""
    from core.changes import StepStatus

    for step in report.steps:
        if step.status is StepStatus.FAILED:
            detail = step.render(QCoreApplication.translate)
            if step.error is not None:
                raise ArmError(
                    GENERIC, detail, step.error.code, step.error.status, step.error.request_id, step.error.retryable
                )
            raise ArmError(GENERIC, detail, retryable=True)



class StopGuard:
    """Leaving a page while it writes to Azure (Back, Cancel, Escape, closing the window): ask "Changes are being
    applied. Stop after the current step?" — Yes stops after what is in flight (a write is never torn) and then does
    what the user asked; No keeps applying. One question for every applying page, the fleet page's too."""

    def __init__(
        self,
        page: QWidget,
        *,
        applying: Callable[[], bool],
        stopping: Callable[[], bool],
        stop: Callable[[str], None],
        question: str = QT_TRANSLATE_NOOP("ApplyingPage", "Changes are being applied. Stop after the current step?"),
    ) -> None:
        self.page = page
        self._applying, self._stopping, self._stop, self._text = applying, stopping, stop, question
        self.question: QMessageBox | None = None
        self._after_stop: Callable[[], None] | None = None

    def leave(self, action: Callable[[], None]) -> None:
        if not self._applying():
            action()
            return
        if self._stopping():  # already stopping: do this once it has
            self._after_stop = action
            return
        if self.question is not None:
            return  # the question is already open
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ApplyingPage", "Changes are being applied"),
            QCoreApplication.translate("ApplyingPage", self._text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.page,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ApplyingPage",
                "The step Azure is working on now is finished and recorded either way, so that Undo knows about it.",
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda code: self._answered(code == QMessageBox.StandardButton.Yes, action))
        self.question = box
        box.open()  # not exec(): the run goes on while the question is open

    def _answered(self, stop: bool, action: Callable[[], None]) -> None:
        box, self.question = self.question, None
        if box is not None:
            box.deleteLater()
        if not stop:
            return
        if not self._applying():
            action()  # it finished while the question was open
            return
        self._after_stop = action
        self._stop("user")

    def answer(self, stop: bool) -> None:
        box = self.question
        if box is not None:
            box.done(QMessageBox.StandardButton.Yes if stop else QMessageBox.StandardButton.No)

    def work_ended(self) -> None:
        """The page's work ended: what the user asked for while it stopped happens now."""
        if self._after_stop is not None:
            action, self._after_stop = self._after_stop, None
            QTimer.singleShot(0, action)  # after the task's bookkeeping: the page may be left now

class ApplyingPage(AsyncWizardPage):
    """A page that previews a change to Azure and applies it through the change engine.

    Subclasses lay ``result`` out and implement ``_show``, which renders the whole page from its state
    (``_busy_text`` while busy). They start a run with ``self.task.start(...)`` of a coroutine that awaits
    :meth:`apply_change`.
    """

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self._busy_text = ""
        self.change_run: ChangeRun[Any] | None = None  # the run in flight
        self.last_result: ChangeResult[Any] | None = None
        self.guard = StopGuard(
            self,
            applying=lambda: self.applying,
            stopping=lambda: self.change_run is not None and self.change_run.stop.requested,
            stop=lambda reason: self.change_run.request_stop(reason) if self.change_run is not None else None,
        )

    def _show(self) -> None:
        raise NotImplementedError

    # --- applying --------------------------------------------------------------------------------------------
    @property
    def applying(self) -> bool:
        """A change run is in progress (leaving the page now has to ask first)."""
        return self.change_run is not None and self.task.busy

    def on_change_progress(self, progress: ChangeProgress) -> None:
        """The run's ``on_progress``: the line under the plan says which step is being written."""
        if self.task.busy:  # a line that arrives after the user left or cancelled is dropped
            self._busy_text = progress_text(progress)
            self.result.setText(self._busy_text)

    async def apply_change(self, run: ChangeRun[Any], *, undo: bool = False) -> ChangeResult[Any]:
        """Run ``run``; its steps are recorded for the summary whatever happens (stopped, failed, cancelled)."""
        self.change_run = run
        try:
            result = await run.execute()
        finally:
            self.change_run = None
            self.last_result = run.result
            self.state.changes.extend(change_records(run.result.report, undo=undo))
        return result

    def interrupted_text(self) -> str:
        return QCoreApplication.translate(
            "ApplyingPage",
            "Applying was stopped after the current step. Only the steps marked ✔ were changed in Azure; the audit "
            "log has them, and Undo takes them back.",
        )

    # --- leaving while applying --------------------------------------------------------------------------------
    @property
    def stop_question(self) -> QMessageBox | None:
        return self.guard.question

    def leave_after_stop(self, action: Callable[[], None]) -> None:
        """Back, Cancel, Escape or close while applying: ask; Yes stops after the current step, then ``action``."""
        self.guard.leave(action)

    def answer_stop_question(self, stop: bool) -> None:
        """Press Yes or No on the open question (the keyboard and tests use the same path as the mouse)."""
        self.guard.answer(stop)

    def cancel_work(self) -> None:
        run = self.change_run
        if run is not None and self.task.busy:
            run.request_stop("closed")  # the engine finishes and records the step in flight, then stops
        super().cancel_work()

    def _failed(self, error: ArmError) -> None:
        super()._failed(error)
        self._show()

    def on_busy_changed(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self._show()
        self.completeChanged.emit()
        if not busy:
            self.guard.work_ended()

    @staticmethod
    def ok_line(text: str) -> str:
        return SYMBOLS[Status.OK] + " " + text
