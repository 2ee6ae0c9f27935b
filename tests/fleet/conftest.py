"""Fleet tests run the real SDK (through ArmSession) against an in-loop SimulatedAzure."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.simulator import SimulatedAzure, SimulatorOptions


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@asynccontextmanager
async def simulated(
    snapshot: Mapping[str, Any], options: SimulatorOptions | None = None
) -> AsyncIterator[tuple[SimulatedAzure, ArmSession]]:
    async with SimulatedAzure(snapshot, options=options) as sim:
        session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
        try:
            yield sim, session
        finally:
            await session.close()
