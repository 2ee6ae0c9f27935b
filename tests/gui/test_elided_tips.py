"""An elided cell or header shows its full text on hover; a cell that fits shows none."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from gui.widgets.elided_tips import show_full_text_on_hover

LONG = "germanywestcentral (Deutschland, Westen-Mitte)"


def _hover(widget: Any, point: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform raising the tooltip
def test_elided_cells_and_headers_show_their_full_text(qtbot: Any) -> None:
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["A header far too long for its column", "B"])
    model.setItem(0, 0, QStandardItem(LONG))
    model.setItem(0, 1, QStandardItem("ok"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnWidth(0, 40)
    view.setColumnWidth(1, 80)
    view.resize(300, 150)
    view.show()
    qtbot.waitExposed(view)
    show_full_text_on_hover(view)

    long_cell = view.visualRect(model.index(0, 0)).center()
    short_cell = view.visualRect(model.index(0, 1)).center()
    assert _hover(view.viewport(), short_cell) == ""  # it fits: no tooltip
    assert _hover(view.viewport(), long_cell) == LONG

    header = view.horizontalHeader()
    first = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    assert _hover(header.viewport(), first) == "A header far too long for its column"
