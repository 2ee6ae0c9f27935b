"""An inline Azure error with code, message, request id and a Retry button (never a modal inside a coroutine).

It shows typed errors only (:class:`~core.azure.errors.ArmError` and its subclasses), rendered once from their
own template: a bug never reaches it (``gui/tasks.py`` sends those to the crash dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.azure.errors import ArmError


class ErrorBanner(QFrame):
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#errorBanner { border: 1px solid #c42b1c; border-radius: 4px; background: #fde7e9; }"
            "#errorBanner QLabel { color: #1b1b1b; }"
        )
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details = QLabel(self)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._retry = QPushButton(self)
        self._retry.clicked.connect(self.retryRequested)
        text = QVBoxLayout()
        text.addWidget(self._message)
        text.addWidget(self._details)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self._retry, 0, Qt.AlignmentFlag.AlignTop)
        self._error: ArmError | None = None
        self.retranslate()
        self.hide()

    def show_error(self, error: ArmError) -> None:
        self._error = error
        self._render()
        self.show()

    def clear(self) -> None:
        self._error = None
        self.hide()

    def _render(self) -> None:
        if self._error is None:
            return
        self._message.setText(self._error.render(QCoreApplication.translate))
        parts: list[str] = []
        if self._error.code:
            parts.append(self.tr("Code: {code}").format(code=self._error.code))
        if self._error.status:
            parts.append(self.tr("HTTP status: {status}").format(status=self._error.status))
        if self._error.request_id:
            parts.append(self.tr("Request ID: {id}").format(id=self._error.request_id))
        self._details.setText(" · ".join(parts))
        self._details.setVisible(bool(parts))
        self._retry.setVisible(self._error.retryable)
        self.setAccessibleDescription(self._message.text())

    def retranslate(self) -> None:
        self._retry.setText(self.tr("&Retry"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
