"""A horizontal bar chart of the fleet's statuses, drawn with QPainter; a click on a bar filters by that status.

QtCharts is not in PySide6-Essentials, and five bars need no chart library: this widget paints them itself and is
reachable by keyboard (arrow keys move, Space/Enter filter) and by screen readers (its description lists the counts).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.fleet.report import STATUS_COLOURS
from core.fleet.status import STATUS_LABELS, STATUS_ORDER, FleetStatus

_BAR_HEIGHT = 20
_GAP = 4
_LABEL_WIDTH = 150
_COUNT_WIDTH = 64


def status_label(status: FleetStatus) -> str:
    return QCoreApplication.translate("Fleet", STATUS_LABELS[status])


class StatusChart(QWidget):
    """Bars by status. ``statusClicked`` carries the status, or ``None`` when the active filter is clicked off."""

    statusClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[FleetStatus, int] = dict.fromkeys(STATUS_ORDER, 0)
        self._selected: FleetStatus | None = None
        self._focused = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(480, len(STATUS_ORDER) * (_BAR_HEIGHT + _GAP) + _GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(_LABEL_WIDTH + _COUNT_WIDTH + 60, self.sizeHint().height())

    @property
    def selected(self) -> FleetStatus | None:
        return self._selected

    def counts(self) -> dict[FleetStatus, int]:
        return dict(self._counts)

    def set_counts(self, counts: dict[FleetStatus, int]) -> None:
        self._counts = {status: counts.get(status, 0) for status in STATUS_ORDER}
        self._describe()
        self.update()

    def set_selected(self, status: FleetStatus | None) -> None:
        self._selected = status
        self._describe()
        self.update()

    def _describe(self) -> None:
        parts = [f"{status_label(s)}: {n}" for s, n in self._counts.items()]
        self.setAccessibleName(QCoreApplication.translate("StatusChart", "Machines by status"))
        self.setAccessibleDescription("; ".join(parts))
        self.setToolTip(QCoreApplication.translate("StatusChart", "Click a bar to show only the machines in it."))

    def _bar_rect(self, row: int) -> QRect:
        return QRect(0, _GAP + row * (_BAR_HEIGHT + _GAP), self.width(), _BAR_HEIGHT)

    def status_at(self, y: int) -> FleetStatus | None:
        for row, status in enumerate(STATUS_ORDER):
            if self._bar_rect(row).top() <= y <= self._bar_rect(row).bottom():
                return status
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        top = max(self._counts.values(), default=0) or 1
        room = max(1, self.width() - _LABEL_WIDTH - _COUNT_WIDTH)
        metrics = painter.fontMetrics()
        for row, status in enumerate(STATUS_ORDER):
            rect = self._bar_rect(row)
            selected = status is self._selected
            if selected or (self.hasFocus() and row == self._focused):
                painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            label = metrics.elidedText(status_label(status), Qt.TextElideMode.ElideRight, _LABEL_WIDTH - 8)
            painter.setPen(text)
            font = painter.font()
            font.setBold(selected)
            painter.setFont(font)
            painter.drawText(
                QRect(4, rect.top(), _LABEL_WIDTH - 8, rect.height()), Qt.AlignmentFlag.AlignVCenter, label
            )
            count = self._counts[status]
            length = round(room * count / top) if count else 0
            colour = QColor(STATUS_COLOURS[status])
            if self._selected is not None and not selected:
                colour.setAlpha(110)  # the others fade while a filter is on
            painter.fillRect(QRect(_LABEL_WIDTH, rect.top() + 3, max(length, 2), rect.height() - 6), colour)
            painter.drawText(
                QRect(_LABEL_WIDTH + length + 6, rect.top(), _COUNT_WIDTH, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(count),
            )
        painter.end()

    def _toggle(self, status: FleetStatus) -> None:
        chosen = None if status is self._selected else status
        self.set_selected(chosen)
        self.statusClicked.emit(chosen)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        status = self.status_at(int(event.position().y()))
        if status is not None and event.button() == Qt.MouseButton.LeftButton:
            self._focused = STATUS_ORDER.index(status)
            self._toggle(status)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self.status_at(int(event.position().y()))
        shape = Qt.CursorShape.PointingHandCursor if hovered is not None else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._focused = (self._focused + step) % len(STATUS_ORDER)
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._toggle(STATUS_ORDER[self._focused])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
            self.update()
        super().changeEvent(event)
