"""List subscriptions and their VMs with the facts the *Choose VM* table shows, page by page."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from core.arm_ids import ResourceId
from core.security_type import parse_security_type

if TYPE_CHECKING:  # the session module pulls in aiohttp and azure.core; the GUI imports this module early
    from core.azure.session import ArmSession

VM_LIST_API_VERSION = "2026-04-01"  # Microsoft.Compute, as the SDK's own list_all uses
ATTESTATION_PUBLISHERS = frozenset(
    {"microsoft.azure.security.windowsattestation", "microsoft.azure.security.linuxattestation"}
)


@dataclass(frozen=True, slots=True)
class Subscription:
    id: str  # the GUID
    display_name: str
    tenant_id: str | None
    state: str | None


@dataclass(frozen=True, slots=True)
class VmSummary:
    """One row of the VM table, read from the VM's ARM JSON."""

    id: str
    name: str
    resource_group: str
    subscription_id: str
    location: str
    os_type: str | None
    security_type: str  # TrustedLaunch | ConfidentialVM | Standard
    secure_boot: bool | None
    vtpm: bool | None
    monitoring: bool | None  # Guest Attestation extension present; None when the payload does not say
    monitoring_state: str | None = None  # its provisioning state, when known (Succeeded, Failed, ...)
    defender: str | None = None  # Defender's guest attestation health (Healthy, Unhealthy, NotApplicable)

    @classmethod
    def from_arm(cls, vm: Mapping[str, Any]) -> VmSummary:
        props = vm.get("properties") or {}
        security = props.get("securityProfile") or {}
        uefi = security.get("uefiSettings") or {}
        os_disk = (props.get("storageProfile") or {}).get("osDisk") or {}
        rid = ResourceId.parse(str(vm.get("id", "")))
        return cls(
            id=str(vm.get("id", "")),
            name=str(vm.get("name") or rid.name),
            resource_group=rid.resource_group or "",
            subscription_id=rid.subscription_id or "",
            location=str(vm.get("location") or ""),
            os_type=os_disk.get("osType"),
            security_type=_security_type(security.get("securityType")),
            secure_boot=_flag(uefi.get("secureBootEnabled")),
            vtpm=_flag(uefi.get("vTpmEnabled")),
            monitoring=_monitoring(vm),
        )


def _security_type(value: object) -> str:
    return parse_security_type(value).value


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in {"true", "false"}:
        return value.lower() == "true"  # policies write the strings "true"/"false"
    return None


def _monitoring(vm: Mapping[str, Any]) -> bool | None:
    extensions = vm.get("resources")
    if not isinstance(extensions, list):
        return None
    for extension in extensions:
        props = extension.get("properties") or {} if isinstance(extension, Mapping) else {}
        if (
            str(props.get("publisher", "")).lower() in ATTESTATION_PUBLISHERS
            and str(props.get("type", "")).lower() == "guestattestation"
        ):
            return True
    return False


async def list_subscriptions(session: ArmSession) -> list[Subscription]:
    found: list[Subscription] = []
    async for sub in session.subscriptions().subscriptions.list():
        found.append(
            Subscription(
                id=str(sub.subscription_id),
                display_name=str(sub.display_name or sub.subscription_id),
                tenant_id=getattr(sub, "tenant_id", None),
                state=str(sub.state) if sub.state else None,
            )
        )
    return found


async def iter_vm_pages(session: ArmSession, subscription_id: str) -> AsyncIterator[list[VmSummary]]:
    """Yield the VMs of one subscription page by page, so a table can fill while paging continues.

    ARM JSON, not SDK models (see ``core.azure.raw_pages``): the table reads a few fields of each VM."""
    from core.azure.raw_pages import json_pages

    url = f"/subscriptions/{quote(subscription_id, safe='')}/providers/Microsoft.Compute/virtualMachines"
    async for page in json_pages(session.compute(subscription_id), f"{url}?api-version={VM_LIST_API_VERSION}"):
        yield [VmSummary.from_arm(vm) for vm in page]


async def iter_all_vm_pages(
    session: ArmSession, subscription_ids: list[str], concurrency: int = 8
) -> AsyncIterator[list[VmSummary]]:
    """Page through many subscriptions concurrently, yielding pages as they arrive (order not kept)."""
    queue: asyncio.Queue[list[VmSummary] | BaseException | None] = asyncio.Queue()
    limit = asyncio.Semaphore(concurrency)

    async def pump(subscription_id: str) -> None:
        async with limit:
            try:
                async for page in iter_vm_pages(session, subscription_id):
                    await queue.put(page)
            except Exception as error:  # handed to the consumer, which decides how to show it
                await queue.put(error)
        await queue.put(None)

    tasks = [asyncio.create_task(pump(sub)) for sub in subscription_ids]
    remaining = len(tasks)
    try:
        while remaining:
            item = await queue.get()
            if item is None:
                remaining -= 1
            elif isinstance(item, BaseException):
                raise item
            else:
                yield item
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


# Resource Graph lists extensions across subscriptions in one paged query instead of one call per VM. Detection
# follows the built-in policies: publisher and handler type, whatever the extension is called.
ATTESTATION_EXTENSIONS_QUERY = (
    "Resources | where type =~ 'microsoft.compute/virtualmachines/extensions' "
    "| where properties.type =~ 'GuestAttestation' "
    "| project id, publisher = tostring(properties.publisher), handler = tostring(properties.type), "
    "state = tostring(properties.provisioningState)"
)


ARG_MAX_SUBSCRIPTIONS = (
    1000  # per request: https://learn.microsoft.com/azure/governance/resource-graph/troubleshoot/general
)


class GraphQuota:
    """Heeds ARG's ``x-ms-user-quota-remaining`` / ``x-ms-user-quota-resets-after`` before the next request.

    https://learn.microsoft.com/azure/governance/resource-graph/concepts/guidance-for-throttled-requests
    """

    def __init__(self) -> None:
        self.remaining: int | None = None
        self.resets_after_s = 0.0
        self.waited_s = 0.0

    def observe(self, response: Any) -> None:
        headers = getattr(getattr(response, "http_response", None), "headers", None) or {}
        remaining = headers.get("x-ms-user-quota-remaining")
        try:
            self.remaining = int(remaining) if remaining is not None else None
        except ValueError:
            self.remaining = None
        self.resets_after_s = _seconds(str(headers.get("x-ms-user-quota-resets-after") or ""))

    async def wait(self) -> None:
        if self.remaining is not None and self.remaining <= 0 and self.resets_after_s > 0:
            self.waited_s += self.resets_after_s
            await asyncio.sleep(self.resets_after_s)
            self.remaining = None


def _seconds(hms: str) -> float:
    """``hh:mm:ss`` (optionally with a fraction) in seconds; 0 for anything else."""
    parts = hms.strip().split(":")
    try:
        hours, minutes, seconds = (float(p) for p in parts) if len(parts) == 3 else (0.0, 0.0, 0.0)
    except ValueError:
        return 0.0
    return hours * 3600 + minutes * 60 + seconds


async def attestation_extension_states(
    session: ArmSession, subscription_ids: list[str], quota: GraphQuota | None = None
) -> dict[str, str]:
    """``{lower-case VM id: provisioning state}`` of every Guest Attestation extension in these subscriptions.

    Subscriptions go in batches of at most 1,000 per request, and every request waits for the per-user quota.
    """
    from azure.mgmt.resourcegraph.models import QueryRequest, QueryRequestOptions

    quota = quota or GraphQuota()
    states: dict[str, str] = {}
    batches = [
        subscription_ids[i : i + ARG_MAX_SUBSCRIPTIONS] for i in range(0, len(subscription_ids), ARG_MAX_SUBSCRIPTIONS)
    ]
    for batch in batches or [subscription_ids]:
        token: str | None = None
        while True:
            await quota.wait()
            response = await session.resource_graph().resources(
                QueryRequest(
                    subscriptions=batch,
                    query=ATTESTATION_EXTENSIONS_QUERY,
                    options=QueryRequestOptions(top=1000, skip_token=token, result_format="objectArray"),
                ),
                raw_response_hook=quota.observe,
            )
            for row in response.data or []:
                if not isinstance(row, Mapping):
                    continue
                publisher = str(row.get("publisher") or "").lower()
                handler = str(row.get("handler") or "").lower()
                if publisher in ATTESTATION_PUBLISHERS and handler == "guestattestation":
                    vm_id = str(row.get("id", "")).rsplit("/extensions/", 1)[0].lower()
                    states[vm_id] = str(row.get("state") or "")
            token = response.skip_token
            if not token:
                break
    return states


def with_monitoring(vm: VmSummary, states: Mapping[str, str]) -> VmSummary:
    """The row with its monitoring column filled from :func:`attestation_extension_states`."""
    state = states.get(vm.id.lower())
    return dataclasses.replace(vm, monitoring=state is not None, monitoring_state=state)
