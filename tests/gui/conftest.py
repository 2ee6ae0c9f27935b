"""pytest-qt + qasync: run asyncio tasks on pytest-qt's QApplication (qt-stack-notes §4).

pytest-qt does not integrate qasync (pytest-dev/pytest-qt#448), so this fixture marks a qasync loop as running
without ``app.exec()``; qtbot's waits then spin Qt, and with it every asyncio callback.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the QApplication

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from gui.i18n import LanguageManager


@pytest.fixture
def qloop(qapp: QApplication, qtbot: object) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(task.done() for task in pending), timeout=5000)  # type: ignore[attr-defined]
    loop._QEventLoop__is_running = False  # not loop.stop(): that calls qapp.exit() and poisons later tests
    loop.close()
    asyncio.events._set_running_loop(None)  # qasync leaves the closed loop registered as running
    asyncio.set_event_loop(None)


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    manager.switch("en")
    yield manager
    manager.switch("en")
