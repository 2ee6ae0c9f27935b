"""Bugs: logged, then shown in a dialog with copyable details and the log folder — never a silent exit.

Two ways in: an exception nothing caught (``sys.excepthook``) and an unexpected exception in a page task (anything
that is not a typed Azure error, see ``gui/tasks.py``). Both end in :class:`CrashReporter`, which shows a
non-modal :class:`CrashDialog`: a modal ``exec()`` would run a nested event loop inside the qasync loop.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.logs import redact

log = logging.getLogger("boot_integrity.crash")


def crash_details(error: BaseException) -> str:
    """The traceback as it goes into the log and the dialog, with secrets and personal data redacted."""
    return redact("".join(traceback.format_exception(type(error), error, error.__traceback__)))


class CrashDialog(QDialog):
    """What went wrong, where the log is, and the details in a read-only box with a Copy button."""

    def __init__(self, details: str, log_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong that the wizard did not expect. Nothing further was changed in Azure. "
            "Please copy the details below into your ticket (check them for personal data first).",
        )
        if log_folder is not None:
            text += "\n\n" + QCoreApplication.translate("Crash", "Log folder: {folder}").format(folder=log_folder)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(QCoreApplication.translate("Crash", "Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(QCoreApplication.translate("Crash", "&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        from PySide6.QtGui import QGuiApplication  # the QtGui binding costs ~50 ms: not before the first window

        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashReporter(QObject):
    """Logs a bug and, when a user is watching, shows it in a :class:`CrashDialog` (``dialogShown`` tells tests)."""

    dialogShown = Signal(object)  # the CrashDialog just shown

    def __init__(
        self, log_folder: Path | None = None, *, interactive: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.log_folder = log_folder  # known only once logging started, after the first window
        self.interactive = interactive
        self.dialog: CrashDialog | None = None  # the last one shown

    def report(self, error: BaseException) -> None:
        """Log ``error`` and show it (over the active window); the dialog is :attr:`dialog`."""
        self.show(error, QApplication.activeWindow())

    def show(self, error: BaseException, parent: QWidget | None = None) -> CrashDialog | None:
        details = crash_details(error)
        log.critical("unexpected exception\n%s", details)
        if not self.interactive or QApplication.instance() is None:
            print(details, file=sys.stderr)  # self-test and screenshots: the reason is on the console
            return None
        dialog = CrashDialog(details, self.log_folder, parent.window() if parent is not None else None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # returns at once: never a nested event loop inside a coroutine
        self.dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        self.dialogShown.emit(dialog)
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def install_excepthook(self) -> None:
        """Route exceptions that nothing caught here too; without a user watching they also go to stderr."""

        def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            if error.__traceback__ is None:
                error = error.with_traceback(tb)
            self.report(error)

        sys.excepthook = hook
