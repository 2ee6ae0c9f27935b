"""How long a thread was ready to run but waited for a CPU (Linux ``schedstat``): machine load, not our code.

The benchmarks share two cores with other work; a wall time or a loop stall that grew while the thread itself
waited in the run queue says so next to the number. Informational only: every target is checked on the
measured number itself. ``None`` where the kernel does not say (not Linux).
"""

from __future__ import annotations

import threading
from pathlib import Path


def waited_ms(native_id: int | None = None) -> float | None:
    """Total run-queue wait of the thread (this one by default) since it started, in milliseconds."""
    path = Path(f"/proc/self/task/{native_id or threading.get_native_id()}/schedstat")
    try:
        return int(path.read_text().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return None
