"""Read one VM's ARM JSON (with instance view) and its extensions: what the prerequisites page evaluates.

An adapter in core, so that the GUI never holds the SDK's clients or models itself.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from core.azure.inventory import VmSummary

if TYPE_CHECKING:
    from core.azure.session import ArmSession


async def load_vm_json(session: ArmSession, vm: VmSummary) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The VM GET ``$expand=instanceView`` and its extensions list, fetched in parallel (cancellable).

    ``Any``: ARM JSON, whose values have any shape; the evaluators in core read it.
    """
    compute = session.compute(vm.subscription_id)
    vm_model, extensions = await asyncio.gather(
        compute.virtual_machines.get(vm.resource_group, vm.name, expand="instanceView"),
        compute.virtual_machine_extensions.list(vm.resource_group, vm.name, expand="instanceView"),
    )
    body: dict[str, Any] = vm_model.as_dict()
    items = [e.as_dict() for e in (getattr(extensions, "value", None) or [])]
    return body, items
