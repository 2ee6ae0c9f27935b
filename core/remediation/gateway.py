"""Read the resources a plan or undo is about, through the change engine's generic ARM path.

Kept for the planners' and undo's reads: ``get(resource_id)`` with the api-version of the resource's provider
(or the one given). Writes go through ``core.changes`` only.
"""

from __future__ import annotations

from core.arm_ids import ResourceId
from core.azure.session import ArmSession
from core.changes.arm import ArmResources, Json, RequestIds
from core.remediation.plan import COMPUTE_API_VERSION, NETWORK_API_VERSION

__all__ = ["Json", "RequestIds", "ResourceGateway", "UnsupportedTargetError", "api_version_for"]

_PROVIDER_VERSIONS = {"microsoft.compute": COMPUTE_API_VERSION, "microsoft.network": NETWORK_API_VERSION}


class UnsupportedTargetError(ValueError):
    """No api-version is known for the resource's provider and none was given (a bug, never user input)."""


def api_version_for(resource_id: str) -> str:
    provider = (ResourceId.parse(resource_id).provider or "").lower()
    version = _PROVIDER_VERSIONS.get(provider)
    if version is None:
        raise UnsupportedTargetError(resource_id)
    return version


class ResourceGateway:
    def __init__(self, session: ArmSession, *, retry_total: int = 3) -> None:
        self._arm = ArmResources(session, retry_total=retry_total)

    async def get(
        self, resource_id: str, ids: RequestIds | None = None, *, api_version: str | None = None
    ) -> Json | None:
        """The resource as ARM returns it, or ``None`` when it does not exist."""
        return await self._arm.get(resource_id, api_version or api_version_for(resource_id), ids)
