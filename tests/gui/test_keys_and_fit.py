"""Every page state of the demo walk, in both languages: no two mnemonics collide (Qt's wizard buttons included)
and nothing important is cut off (labels, buttons, table headers) at the window's minimum size.

Run at 100 % here; ``test_at_150_percent`` repeats the walk in a child process with ``QT_SCALE_FACTOR=1.5``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QTreeView,
    QWidget,
    QWizard,
)

from gui.i18n import LanguageManager
from gui.screenshots import walk_demo
from gui.widgets.elided_tips import PROPERTY

ROOT = Path(__file__).resolve().parents[2]
# A 1366×768 laptop, and 1920×1080 at 150 % (1280×720 logical), less the title bar and a taskbar.
SMALLEST_SCREEN = (1280 - 20, 720 - 70)


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible()


def mnemonic(text: str) -> str | None:
    """The letter Alt+… triggers for a Qt text ('&&' is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(window: QWidget, state: str) -> list[str]:
    owners: dict[str, list[str]] = {}
    widgets = [w for w in window.findChildren(QWidget) if _shown(w, window)]
    for widget in widgets:
        if isinstance(widget, QAbstractButton | QLabel | QGroupBox):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue  # a label's '&' only means something for its buddy
            if not widget.isEnabled() and not isinstance(widget, QLabel):
                continue
            letter = mnemonic(text)
            if letter:
                owners.setdefault(letter, []).append(text)
    return [f"{state}: Alt+{k.upper()} is {' and '.join(map(repr, v))}" for k, v in owners.items() if len(v) > 1]


def enter_goes_back_or_aside(window: QWizard, state: str) -> list[str]:
    """Push buttons that Enter would press instead of the page's step forward (Next or Finish)."""
    forward = {window.button(QWizard.WizardButton.NextButton), window.button(QWizard.WizardButton.FinishButton)}
    return [
        f"{state}: Enter would press {button.text().replace('&', '')!r}"
        for button in window.findChildren(QPushButton)
        if _shown(button, window) and button not in forward and (button.autoDefault() or button.isDefault())
    ]


def focus_or_enter_astray(window: Any, state: str) -> list[str]:
    """Enter must press Next, Finish or the page's own Apply; the keyboard must start somewhere visible and useful."""
    page = window.currentPage()
    forward = {window.button(QWizard.WizardButton.NextButton), window.button(QWizard.WizardButton.FinishButton)}
    problems = []
    target = window.enter_target()
    if target is not None and target not in forward and target is not page.primary_action():
        problems.append(f"{state}: Enter presses {target.text()!r}, not the page's step forward")
    focused = window.focusWidget()
    if focused is None or not focused.isVisible() or not focused.isEnabled():
        problems.append(f"{state}: the keyboard focus is on nothing the user can see or use ({focused!r})")
    elif not page.isAncestorOf(focused) and focused is not target:
        text = getattr(focused, "text", str)()
        problems.append(f"{state}: the keyboard focus is on {type(focused).__name__} {text!r}")
    return problems


def _fits(text: str, widget: QWidget, available: int) -> bool:
    return widget.fontMetrics().horizontalAdvance(text) <= available


def _cells_cut_without_tooltip(view: QAbstractItemView, most: int = 200) -> list[str]:
    """Cells whose text does not fit their column and that carry no tooltip to read it in full."""
    model = view.model()
    if model is None:
        return []
    found = []
    header = view.header() if isinstance(view, QTreeView) else (
        view.horizontalHeader() if isinstance(view, QTableView) else None
    )
    columns = header.count() if header is not None else 1
    rows: list[QModelIndex] = [model.index(r, 0) for r in range(min(model.rowCount(), most))]
    for index in rows:
        rows.extend(model.index(r, 0, index) for r in range(min(model.rowCount(index), most)))  # tree children
        for column in range(columns):
            cell = index.siblingAtColumn(column)
            rect = view.visualRect(cell)
            text = str(cell.data() or "")
            if not text or rect.width() <= 0:
                continue
            tip = cell.data(Qt.ItemDataRole.ToolTipRole) or view.property(PROPERTY)
            if view.fontMetrics().horizontalAdvance(text) > rect.width() - 8 and not tip:
                found.append(f"cell {text[:60]!r} is cut off and has no tooltip")
    return found


def clipped(window: QWidget, state: str) -> list[str]:
    problems = []
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    if needed.width() > SMALLEST_SCREEN[0] or needed.height() > SMALLEST_SCREEN[1]:
        problems.append(f"{state}: the window needs {needed.width()}×{needed.height()}, more than {SMALLEST_SCREEN}")
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        where = f"{state}: {type(widget).__name__} {widget.objectName()}".rstrip()
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            text = widget.text()
            if text and "<" not in text and widget.textFormat().name != "RichText":
                line = max(text.replace("&", "").splitlines() or [""], key=len)
                if not _fits(line, widget, widget.contentsRect().width()):
                    problems.append(f"{where}: label {line[:60]!r} is cut off")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox | QRadioButton):
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if text and not _fits(text, widget, widget.width() - 8):
                problems.append(f"{where}: button {text!r} is cut off")
        elif isinstance(widget, QCheckBox | QRadioButton):
            text = widget.text().replace("&", "")
            if text and widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{where}: option {text[:60]!r} is cut off")
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problems.extend(f"{where}: {cell}" for cell in _cells_cut_without_tooltip(widget))
        elif isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, widget.orientation()) or "")
                if text and not _fits(text, widget, widget.sectionSize(section) - 12) and not widget.property(PROPERTY):
                    problems.append(f"{where}: header {text!r} is cut off")
    return problems


def _walk(qtbot: Any, qloop: Any, make_wizard: Any, check: Any) -> list[str]:
    wizard = make_wizard()
    wizard.resize(wizard.minimumSize())
    wizard.show()
    problems: list[str] = []
    states: list[str] = []

    def audit(state: str) -> None:
        states.append(state)
        problems.extend(check(wizard, state))

    walk = qloop.create_task(walk_demo(wizard, audit))
    qtbot.waitUntil(walk.done, timeout=120_000)
    walk.result()
    assert len(states) >= 10  # the walk really visited every page state
    return problems


def test_the_checks_can_fail(qtbot: Any) -> None:
    # Guards the checkers themselves: a clash and a cut-off label are found.
    window = QWidget()
    qtbot.addWidget(window)
    first, second = QCheckBox("&Apply", window), QCheckBox("&Abort", window)
    second.move(0, 30)
    label = QLabel("A label far too long for its tiny width", window)
    label.move(0, 60)
    label.setFixedWidth(30)
    window.show()
    assert mnemonic("Save &&Exit") is None and mnemonic("&Next") == "n" and first.isVisible()
    assert mnemonic_clashes(window, "t") == ["t: Alt+A is '&Apply' and '&Abort'"]
    assert clipped(window, "t") == ["t: QLabel: label 'A label far too long for its tiny width' is cut off"]


def test_the_window_fits_small_screens(qtbot: Any, make_wizard: Any) -> None:
    wizard: QWizard = make_wizard()
    size = wizard.minimumSizeHint().expandedTo(wizard.minimumSize())
    assert size.width() <= SMALLEST_SCREEN[0] and size.height() <= SMALLEST_SCREEN[1], size


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_mnemonic_clashes(
    qtbot: Any, qloop: Any, make_wizard: Any, languages: LanguageManager, language: str
) -> None:
    languages.switch(language)
    problems = _walk(qtbot, qloop, make_wizard, mnemonic_clashes)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", ["en"])
def test_enter_is_the_step_forward(
    qtbot: Any, qloop: Any, make_wizard: Any, languages: LanguageManager, language: str
) -> None:
    languages.switch(language)
    problems = _walk(
        qtbot, qloop, make_wizard, lambda w, state: enter_goes_back_or_aside(w, state) + focus_or_enter_astray(w, state)
    )
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", ["en", "de"])
def test_nothing_is_cut_off(
    qtbot: Any, qloop: Any, make_wizard: Any, languages: LanguageManager, language: str
) -> None:
    languages.switch(language)
    problems = _walk(qtbot, qloop, make_wizard, clipped)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") == "1.5", reason="this is the child run itself")
def test_at_150_percent() -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k", "cut_off"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:]


def test_enter_applies_the_fix_once_consented_and_focus_lands_on_next(qtbot: Any, make_wizard: Any) -> None:
    from PySide6.QtTest import QTest

    from gui.pages.fix import FixPage
    from gui.pages.verify import VerifyPage
    from tests.gui.drive import next_page, settle
    from tests.gui.test_diagnosis import go_to_diagnosis

    wizard = make_wizard()
    wizard.show()
    go_to_diagnosis(qtbot, wizard, "vm-web-07")
    fix = next_page(qtbot, wizard, FixPage)
    qtbot.waitUntil(lambda: wizard.focusWidget() is fix.consent)  # the change waits for the consent: start there
    assert wizard.enter_target() is wizard.button(QWizard.WizardButton.NextButton)  # nothing to apply yet
    QTest.keyClick(fix.consent, Qt.Key.Key_Space)
    fix.renumber_consent.setChecked(True)
    assert fix.apply_button.isEnabled() and wizard.enter_target() is fix.apply_button
    QTest.keyClick(fix.consent, Qt.Key.Key_Return)  # the check box leaves Enter to the wizard: Apply
    settle(qtbot, fix)
    assert wizard.currentPage() is fix and wizard.state.fix_applied
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.focusWidget() is next_button)  # not Back, where Qt moved it from the disabled Apply
    QTest.keyClick(next_button, Qt.Key.Key_Return)
    assert isinstance(wizard.currentPage(), VerifyPage)


def test_the_focus_check_can_fail(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    wizard.show()
    qtbot.waitUntil(lambda: wizard.focusWidget() is not None)
    assert focus_or_enter_astray(wizard, "t") == []
    wizard.button(QWizard.WizardButton.CancelButton).setFocus()
    assert focus_or_enter_astray(wizard, "t") == ["t: the keyboard focus is on QPushButton 'Cancel'"]
