"""Open a connection to a tenant: the built-in simulated tenant (demo, training, tests) or real Azure.

The simulator runs on its own thread and event loop, so serving thousands of VMs never stalls the GUI loop;
the SDK clients run on the caller's loop and reach it over loopback HTTPS like they would reach ARM.

The SDK, aiohttp, the simulator and even asyncio are imported when a session is opened, not with this module:
the wizard creates a connector before its first window and must show that window fast.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.azure.clouds import CLOUDS, CloudName

if TYPE_CHECKING:
    from core.azure.session import ArmSession
    from core.azure.signin import SignIn
    from core.simulator.background import BackgroundSimulator
    from core.simulator.stories import ScenarioStory

SnapshotFactory = Callable[[], Mapping[str, Any]]


def demo_snapshot() -> SnapshotFactory:
    """The built-in demo tenant, built when it is first opened (in a worker thread)."""

    def build() -> Mapping[str, Any]:
        from core.simulator.scenarios import demo_tenant

        return demo_tenant()

    return build


def snapshot_file(path: Path) -> SnapshotFactory:
    """A simulated tenant seeded from a snapshot file, read now: an unreadable or invalid file raises
    ``SnapshotError`` (a ``ValueError``) before any window opens."""
    from core.simulator import scenarios

    snapshot = scenarios.load_snapshot_file(path)
    return lambda: snapshot


class TenantConnector:
    """Hands out :class:`ArmSession` objects and owns what they need (the simulator thread)."""

    def __init__(self, demo_snapshot: SnapshotFactory | None = None) -> None:
        self._demo_snapshot = demo_snapshot
        self._simulator: BackgroundSimulator | None = None
        self._sessions: list[ArmSession] = []
        self._signins: list[SignIn] = []
        self._scenario_by_vm: dict[str, str] = {}
        self._opening: Any = None  # asyncio.Lock, created on first use (asyncio is not imported before that)
        self._abandoned: list[tuple[BackgroundSimulator, Any]] = []  # starts whose caller was cancelled

    @property
    def demo_available(self) -> bool:
        return self._demo_snapshot is not None

    async def open_simulated(self) -> ArmSession:
        if self._demo_snapshot is None:
            raise RuntimeError("no simulated tenant configured")
        import asyncio

        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:  # one start at a time; close() waits for a start in progress
            if self._simulator is None:
                await self._start_simulator(self._demo_snapshot)
        from core.azure.credentials import StaticTokenCredential
        from core.azure.session import ArmSession, Endpoint

        assert self._simulator is not None
        endpoint = Endpoint.simulated(self._simulator.endpoint, self._simulator.ca_path)
        return self._track(ArmSession(endpoint, StaticTokenCredential()))

    async def _start_simulator(self, snapshot_factory: SnapshotFactory) -> None:
        import asyncio

        from core.simulator.background import BackgroundSimulator

        snapshot = await asyncio.to_thread(snapshot_factory)
        scenarios = (snapshot.get("simulation") or {}).get("scenarios") or {}
        self._scenario_by_vm = {str(vm).lower(): str(name) for name, vm in scenarios.items()}
        simulator = BackgroundSimulator(snapshot)
        starting = asyncio.ensure_future(asyncio.to_thread(simulator.start))
        try:
            await asyncio.shield(starting)
        except asyncio.CancelledError:
            # The thread keeps starting; hand it to close(), which stops it once it is up instead of leaking it.
            self._abandoned.append((simulator, starting))
            raise
        self._simulator = simulator

    async def open_azure_cli(self, cloud: CloudName) -> ArmSession:
        """Reuse the Azure CLI's sign-in (``az login``); the browser and device-code flows come with Sign in."""
        from azure.identity.aio import AzureCliCredential

        from core.azure.session import ArmSession, Endpoint

        return self._track(ArmSession(Endpoint(CLOUDS[cloud]), AzureCliCredential()))

    def scenario_for_vm(self, vm_id: str) -> str | None:
        """The demo scenario whose story this VM tells (simulated tenant only), for showing that story."""
        return self._scenario_by_vm.get(vm_id.lower())

    def scenario_story(self, vm_id: str) -> ScenarioStory | None:
        """The title and story of the demo scenario this VM shows (simulated tenant only)."""
        name = self.scenario_for_vm(vm_id)
        if name is None:
            return None
        from core.simulator.stories import STORIES

        return STORIES.get(name)

    def export_snapshot(self) -> dict[str, Any]:
        """The simulated tenant's current state in snapshot format (blocking: call it from a worker thread)."""
        if self._simulator is None:
            raise RuntimeError("no simulated tenant is running")
        return self._simulator.export_snapshot()

    async def open_signed_in(self, signin: SignIn, tenant_id: str | None = None) -> ArmSession:
        """A session on the tenant chosen after sign-in (browser, device code or Azure CLI).

        The connector takes over the sign-in and closes it with itself; sessions of several tenants share it
        (and its token cache), so switching tenants needs no new sign-in.
        """
        from core.azure.session import ArmSession

        if signin not in self._signins:
            self._signins.append(signin)
        session = ArmSession(signin.endpoint.arm_endpoint(), signin.async_credential(tenant_id))
        return self._track(session)

    def _track(self, session: ArmSession) -> ArmSession:
        self._sessions.append(session)
        return session

    async def close(self) -> None:
        import asyncio

        if self._opening is not None:
            async with self._opening:  # a start in progress finishes first, then is stopped below
                pass
        for abandoned, starting in self._abandoned:
            try:
                await starting
            except Exception:  # it failed to start: nothing to stop
                continue
            await asyncio.to_thread(abandoned.stop)
        self._abandoned = []
        sessions, self._sessions = self._sessions, []
        for session in sessions:
            await session.close()
            close = getattr(session.credential, "close", None)
            if close is not None:
                await close()
        signins, self._signins = self._signins, []
        for signin in signins:
            await asyncio.to_thread(signin.close)
        simulator, self._simulator = self._simulator, None
        if simulator is not None:
            await asyncio.to_thread(simulator.stop)
