"""The ticket report as the Summary page shows it."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QTextEdit


class ReportView(QTextBrowser):
    """A read-only browser whose text never needs a horizontal scroll bar.

    QTextDocument lays the report's bordered tables out one pixel wider than the width it is given, so at many
    window widths a scroll bar appeared for that one pixel (language review, Summary page). The text is laid out
    two pixels narrower than the view; long IDs and commands wrap (see ``core/report.py``).
    """

    def __init__(self) -> None:
        super().__init__()
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.setLineWrapColumnOrWidth(max(1, self.viewport().width() - 2))
        super().resizeEvent(event)
