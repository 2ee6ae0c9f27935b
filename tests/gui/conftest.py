"""pytest-qt + qasync: run asyncio tasks on pytest-qt's QApplication (qt-stack-notes §4).

pytest-qt does not integrate qasync (pytest-dev/pytest-qt#448), so this fixture marks a qasync loop as running
without ``app.exec()``; qtbot's waits then spin Qt, and with it every asyncio callback.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Callable, Iterator, Mapping
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the QApplication

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.simulator.options import SimulatorOptions
from core.simulator.scenarios import demo_tenant
from core.tenant import TenantConnector
from gui.i18n import LanguageManager, ensure_compiled


@pytest.fixture(scope="session", autouse=True)
def collect_on_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does: cyclic garbage (pages, dialogs of earlier tests) is freed on the GUI thread only."""
    from gui.gc_guard import GuiThreadCollector

    guard = GuiThreadCollector(parent=qapp)
    yield
    guard.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()  # on the GUI thread, before the next test's worker threads allocate


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """A fresh clone has only the .ts sources; build the .qm files the GUI tests load."""
    ensure_compiled()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's dead widgets here, after every other fixture is torn down (loops closed, tasks gone).

    Left to chance, Python's cycle collector runs in whichever thread allocates when it triggers — often an
    asyncio.to_thread worker of a later test — and destroys QObjects there: "Timers cannot be stopped from
    another thread", which fails that innocent test.
    """
    yield
    gc.collect()


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


# --- driving the whole wizard against the simulated tenant ------------------------------------------------------


class OptionsConnector(TenantConnector):
    """A TenantConnector whose simulator runs with options (faults, latency) — TenantConnector has no such knob."""

    def __init__(self, snapshot: Callable[[], Mapping[str, Any]], options: SimulatorOptions | None) -> None:
        super().__init__(snapshot)
        self._snapshot_factory = snapshot
        self._options = options
        self.background: Any = None

    async def open_simulated(self) -> ArmSession:
        if self.background is None:
            from core.simulator.background import BackgroundSimulator

            snapshot = await asyncio.to_thread(self._snapshot_factory)
            background = BackgroundSimulator(snapshot, options=self._options)
            await asyncio.to_thread(background.start)
            self.background = background
        endpoint = Endpoint.simulated(self.background.endpoint, self.background.ca_path)
        return self._track(ArmSession(endpoint, StaticTokenCredential()))

    async def close(self) -> None:
        await super().close()
        background, self.background = self.background, None
        if background is not None:
            await asyncio.to_thread(background.stop)


@pytest.fixture
def make_wizard(
    qtbot: Any, qloop: Any, languages: LanguageManager, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Any]]:
    """Build a shown MainWizard on a simulated tenant: ``make_wizard(snapshot=demo_tenant, options=None)``."""
    from gui.wizard import MainWizard

    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))  # the remediation audit log

    made: list[tuple[Any, TenantConnector]] = []
    # Python's cycle collector runs in whichever thread allocates when it triggers, often an asyncio.to_thread
    # worker here; collecting a dead wizard there destroys QObjects off the GUI thread ("Timers cannot be stopped
    # from another thread"). Collect only on the GUI thread while wizards come and go.
    gc.collect()
    gc.disable()

    def make(snapshot: Callable[[], Mapping[str, Any]] = demo_tenant, options: SimulatorOptions | None = None) -> Any:
        connector = OptionsConnector(snapshot, options)
        wizard = MainWizard(connector, languages, simulated=True)
        qtbot.addWidget(wizard)
        wizard.resize(1000, 700)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append((wizard, connector))
        return wizard

    yield make
    for wizard, connector in made:
        wizard.reject()
        task = qloop.create_task(connector.close())
        qtbot.waitUntil(task.done, timeout=10000)
    made.clear()
    gc.collect()
    gc.enable()
