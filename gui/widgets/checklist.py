"""A checklist: one row per prerequisite with a status symbol, a short title and a plain explanation.

Rows may carry an action widget (e.g. "Turn on Secure Boot…") so the fix sits next to the problem it solves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from gui.widgets.status import SYMBOLS, Status, status_word


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    status: Status
    title: str
    explanation: str


class ChecklistRow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = QLabel(self)
        bold = QFont(self.font())
        bold.setBold(True)
        self.symbol.setFont(bold)
        self.symbol.setMinimumWidth(self.fontMetrics().horizontalAdvance("✔") * 2)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(self)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_area = QVBoxLayout()
        self.action_area.setContentsMargins(0, 0, 0, 0)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.symbol, 0, 0, 2, 1)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.explanation, 1, 1)
        layout.addLayout(self.action_area, 2, 1)
        layout.setColumnStretch(1, 1)
        self.item: ChecklistItem | None = None

    def set_item(self, item: ChecklistItem) -> None:
        self.item = item
        self.symbol.setText(SYMBOLS[item.status])
        word = status_word(item.status)
        # Labels keep their text for screen readers; the description adds the status word the symbol stands for.
        self.symbol.setAccessibleDescription(word)
        self.title.setText(item.title)
        self.title.setAccessibleDescription(f"{word}: {item.title}")
        self.explanation.setText(item.explanation)


class ChecklistWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.rows: dict[str, ChecklistRow] = {}

    def set_items(self, items: list[ChecklistItem]) -> None:
        """Show ``items`` in order; rows are reused by key so action widgets placed in them survive a refresh."""
        wanted = [item.key for item in items]
        for key in list(self.rows):
            if key not in wanted:
                row = self.rows.pop(key)
                row.setParent(None)
                row.deleteLater()
        for position, item in enumerate(items):
            found = self.rows.get(item.key)
            if found is None:
                row = ChecklistRow(self)
                self.rows[item.key] = row
            else:
                row = found
            self._layout.insertWidget(position, row)
            row.set_item(item)

    def items(self) -> list[ChecklistItem]:
        return [row.item for row in self.rows.values() if row.item is not None]


class ChecklistPanel(QScrollArea):
    """How a page shows its checks: the checklist at the top of a frameless scroll area, with room below the rows
    for what belongs to the checks (the upgrade page's check inside the VM)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.checklist = ChecklistWidget()
        holder = QWidget()
        self._column = QVBoxLayout(holder)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.checklist)
        self._column.addStretch(1)  # rows stay at the top when they are few
        self.setWidget(holder)

    def add_below(self, widget: QWidget) -> None:
        """Place ``widget`` under the rows (above the stretch)."""
        self._column.insertWidget(self._column.count() - 1, widget)

    def set_items(self, items: list[ChecklistItem]) -> None:
        self.checklist.set_items(items)
