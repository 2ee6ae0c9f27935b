"""Unhandled exceptions: logged, then shown in a dialog with copyable details — never a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.logs import redact

log = logging.getLogger("boot_integrity.crash")


def install_excepthook(log_folder: Path | None, *, interactive: bool) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = redact("".join(traceback.format_exception(kind, error, tb)))
        log.critical("unhandled exception\n%s", details)
        if not interactive or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong that the wizard did not expect. Nothing further was changed in Azure. "
            "Please copy the details below into your ticket (check them for personal data first).",
        )
        if log_folder is not None:
            text += "\n\n" + QCoreApplication.translate("Crash", "Log folder: {folder}").format(folder=log_folder)
        box.setText(text)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook
