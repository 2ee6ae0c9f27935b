"""BackgroundSimulator: a SimulatedAzure on its own event loop in a daemon thread, for synchronous callers
(the GUI runs Qt's loop in the main thread; scripts and the CLI may simply block)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from core.simulator.options import SimulatorOptions
from core.simulator.server import SimulatedAzure


class BackgroundSimulator:
    def __init__(self, snapshot: Mapping[str, Any], *, options: SimulatorOptions | None = None) -> None:
        self._snapshot = snapshot
        self._options = options
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._sim: SimulatedAzure | None = None

    @property
    def simulator(self) -> SimulatedAzure:
        if self._sim is None:
            raise RuntimeError("the simulator is not running")
        return self._sim

    @property
    def endpoint(self) -> str:
        return self.simulator.endpoint

    @property
    def ca_path(self) -> Path:
        return self.simulator.ca_path

    def subscription_ids(self) -> list[str]:
        ids: list[str] = self._call(self._subscription_ids)
        return ids

    def start(self) -> None:
        """Start serving; returns once the server listens (raises what start-up raised)."""
        if self._thread is not None:
            raise RuntimeError("already started")
        ready: Future[None] = Future()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="simulated-azure", daemon=True)
        self._thread.start()
        try:
            ready.result()
        except BaseException:
            self._thread.join()
            self._thread = None
            raise

    def _run(self, ready: Future[None]) -> None:
        assert self._loop is not None
        asyncio.set_event_loop(self._loop)
        self._sim = SimulatedAzure(self._snapshot, options=self._options)
        try:
            self._loop.run_until_complete(self._sim.start())
        except BaseException as exc:  # handed to the starting thread
            ready.set_exception(exc)
            self._loop.close()
            return
        ready.set_result(None)
        self._loop.run_forever()
        self._loop.run_until_complete(self._sim.stop())
        self._loop.run_until_complete(self._loop.shutdown_asyncgens())
        self._loop.close()

    def stop(self) -> None:
        if self._thread is None or self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._thread = None

    def export_snapshot(self) -> dict[str, Any]:
        """Thread-safe: runs on the simulator's loop, between requests."""
        snapshot: dict[str, Any] = self._call(self._export)
        return snapshot

    async def _export(self) -> dict[str, Any]:
        return self.simulator.export_snapshot()

    async def _subscription_ids(self) -> list[str]:
        return self.simulator.subscription_ids()

    def _call(self, factory: Any) -> Any:
        if self._loop is None or self._thread is None:
            raise RuntimeError("the simulator is not running")
        return asyncio.run_coroutine_threadsafe(factory(), self._loop).result()

    def __enter__(self) -> BackgroundSimulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
