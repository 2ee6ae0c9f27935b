"""Read-only monospace text with a Copy button: requests, az CLI and PowerShell commands for a ticket or a shell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class CopyableText(QWidget):
    def __init__(self, parent: QWidget | None = None, *, max_lines: int | None = 8) -> None:
        super().__init__(parent)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setReadOnly(True)
        # Tab must move focus on, not get stuck in a read-only editor (keyboard users).
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        if max_lines is not None:
            self.text_edit.setMaximumHeight(self.text_edit.fontMetrics().lineSpacing() * max_lines + 12)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        buttons = QVBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit, 1, Qt.AlignmentFlag.AlignTop if max_lines is not None else Qt.AlignmentFlag(0))
        layout.addLayout(buttons)
        self._label = ""
        self.retranslate()

    def set_text(self, text: str, label: str = "") -> None:
        self.text_edit.setPlainText(text)
        self._label = label
        self.retranslate()

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Cop&y"))
        what = self._label or self.tr("text")
        self.copy_button.setAccessibleName(self.tr("Copy {what}").format(what=what))
        self.text_edit.setAccessibleName(what)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
