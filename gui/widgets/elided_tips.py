"""The full text of an elided cell or header, as a tooltip when the pointer rests on it.

An event filter on the view's viewport (and its headers'), not per-item tooltip data: the VM table holds thousands
of rows whose painting stays in C++, and a Python ``data()`` override or a tooltip per item would cost that. Only
text that does not fit gets a tooltip; an item's own tooltip wins.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QToolTip, QWidget

PROPERTY = "elidedTextTips"  # set on views and headers that show the full text of what they elide
MARGIN = 8  # the cell's padding: text wider than the cell less this is elided


def elided(text: str, widget: QWidget, width: int) -> bool:
    return bool(text) and widget.fontMetrics().horizontalAdvance(text) > width - MARGIN


class _ViewTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._view.indexAt(event.pos())
            if index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
                text = str(index.data() or "")
                rect = self._view.visualRect(index)
                if elided(text, self._view, rect.width()):
                    QToolTip.showText(event.globalPos(), text, self._view.viewport(), rect)
                    return True
        return False


class _HeaderTips(QObject):
    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            header, model = self._header, self._header.model()
            section = header.logicalIndexAt(event.pos())
            if model is not None and section >= 0:
                text = str(model.headerData(section, header.orientation()) or "")
                if elided(text, header, header.sectionSize(section)):
                    QToolTip.showText(event.globalPos(), text, header.viewport())
                    return True
        return False


def show_full_text_on_hover(view: QAbstractItemView) -> None:
    """Attach the tooltips to ``view`` and its headers (idempotent)."""
    if view.property(PROPERTY):
        return
    view.viewport().installEventFilter(_ViewTips(view))
    view.setProperty(PROPERTY, True)
    for header in view.findChildren(QHeaderView):
        header.viewport().installEventFilter(_HeaderTips(header))
        header.setProperty(PROPERTY, True)


def show_full_text_everywhere(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QHeaderView):
            show_full_text_on_hover(view)
