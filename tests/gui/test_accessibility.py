"""Every page state of the demo walk, audited as a screen-reader and keyboard user meets it, in both languages.

Rules: a visible button says what it does (text or accessible name); a visible input, list or table has an
accessible name or a label whose buddy it is; everything a user can operate is in the Tab chain.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)

from gui.i18n import LanguageManager
from gui.screenshots import walk_demo

INPUTS = (QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QProgressBar)


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible()


def _problems(window: QWidget, state: str) -> list[str]:
    page = window.currentPage()  # type: ignore[attr-defined]
    widgets = [w for w in [*page.findChildren(QWidget), *window.findChildren(QAbstractButton)] if _shown(w, window)]
    labelled = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    chain: set[int] = set()
    focus = window.nextInFocusChain()
    while focus is not window and id(focus) not in chain:
        chain.add(id(focus))
        focus = focus.nextInFocusChain()
    problems = []
    for widget in widgets:
        name = f"{state}: {type(widget).__name__} {widget.objectName() or ''}".rstrip()
        said = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if isinstance(widget, QAbstractButton) and not (said or widget.accessibleName()):
            problems.append(f"{name} has neither text nor an accessible name")
        # A header is announced as part of its table; a combo box's or spin box's line edit is that box.
        part = isinstance(widget, QHeaderView) or isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        if isinstance(widget, INPUTS) and not part and not (widget.accessibleName() or id(widget) in labelled):
            problems.append(f"{name} has no accessible name and no label")
        operable = isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView | QTextEdit)
        tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if operable and not part and widget.isEnabled() and tabbable and id(widget) not in chain:
            problems.append(f"{name} cannot be reached with Tab")
    return problems


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_page_state_is_named_and_reachable(
    qtbot: Any, qloop: Any, make_wizard: Any, languages: LanguageManager, language: str
) -> None:
    languages.switch(language)
    wizard = make_wizard()
    problems: list[str] = []
    states: list[str] = []

    def audit(state: str) -> None:
        states.append(state)
        problems.extend(_problems(wizard, state))

    walk = qloop.create_task(walk_demo(wizard, audit))
    qtbot.waitUntil(walk.done, timeout=120_000)
    walk.result()
    assert len(states) >= 10  # the walk really visited every page state
    assert not problems, "\n".join(problems)
