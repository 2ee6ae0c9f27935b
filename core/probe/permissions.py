"""Is the signed-in identity allowed to use Run Command on a VM? Asked from ARM's permissions API.

``GET {scope}/providers/Microsoft.Authorization/permissions`` lists the caller's effective Actions/NotActions at
a scope. The answer is ``None`` when the API cannot be asked (an older simulator, a network error): the caller
then tries Run Command and reads a ``403 AuthorizationFailed`` as the answer instead.
"""

from __future__ import annotations

import asyncio
import fnmatch
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

RUN_COMMAND_ACTION = "Microsoft.Compute/virtualMachines/runCommand/action"
RUN_COMMAND_ROLE = "Virtual Machine Contributor"  # least built-in role that includes the action
PERMISSIONS_API_VERSION = "2022-04-01"
_MAX_PAGES = 10


def _matches(pattern: str, action: str) -> bool:
    return fnmatch.fnmatchcase(action.lower(), pattern.lower())


def permits(permissions: Iterable[Mapping[str, Any]], action: str) -> bool:
    """ARM's rule: some entry lists a matching action that the same entry's notActions do not take away."""
    for entry in permissions:
        actions = [str(a) for a in entry.get("actions") or []]
        not_actions = [str(a) for a in entry.get("notActions") or []]
        if any(_matches(p, action) for p in actions) and not any(_matches(p, action) for p in not_actions):
            return True
    return False


async def can_run_command(client: Any, vm_id: str) -> bool | None:
    """``True``/``False`` from the permissions API for ``vm_id``; ``None`` when it gives no usable answer.

    ``client`` is any management client (its ``send_request`` adds authentication and the ARM base URL).
    """
    url = f"{vm_id.rstrip('/')}/providers/Microsoft.Authorization/permissions?api-version={PERMISSIONS_API_VERSION}"
    entries: list[Mapping[str, Any]] = []
    try:
        for _ in range(_MAX_PAGES):
            from azure.core.rest import HttpRequest  # azure.core only when a probe runs, not with the GUI

            response = await client.send_request(HttpRequest("GET", url))
            if response.status_code != 200:
                return None
            body = response.json()
            entries.extend(e for e in body.get("value") or [] if isinstance(e, Mapping))
            next_link = body.get("nextLink")
            if not next_link:
                break
            parts = urlsplit(str(next_link))  # keep it relative so the client's base URL and transport apply
            url = parts.path + (f"?{parts.query}" if parts.query else "")
    except asyncio.CancelledError:
        raise
    except Exception:  # a question we could not ask is not an answer; Run Command's own 403 will tell
        return None
    return permits(entries, RUN_COMMAND_ACTION)
