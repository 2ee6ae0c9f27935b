"""Fetch what the pre-flight checks read, in parallel, as ARM JSON (the checks themselves are pure)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.core.rest import HttpRequest

from core.arm_ids import ResourceId
from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.diagnosis.arm_json import arm_get, text
from core.diagnosis.extension import PUBLISHERS, ExtensionReport, evaluate_extension
from core.diagnosis.path import VmNotFoundError
from core.upgrade.checks import gallery_image_definition_id, os_disk_id
from core.upgrade.facts import ROLLBACK_FEATURE, FeatureState, UpgradeFacts, feature_id

FEATURES_API_VERSION = "2021-07-01"
BACKUP_API_VERSION = "2023-04-01"
SKUS_API_VERSION = "2021-07-01"

Json = dict[str, Any]


@dataclass(frozen=True)
class Collected:
    facts: UpgradeFacts
    extension: ExtensionReport
    existing_extension: Json | None  # the Guest Attestation extension resource, if installed


def _json(model: Any) -> Json:
    body: Json = model.as_dict() if hasattr(model, "as_dict") else dict(model)
    return body


async def read_vm(session: ArmSession, vm_id: str) -> Json:
    ref = ResourceId.parse(vm_id)
    compute = session.compute(ref.subscription_id or "")
    try:
        vm = await compute.virtual_machines.get(ref.resource_group or "", ref.name, expand="instanceView")
    except ResourceNotFoundError as error:
        raise VmNotFoundError(vm_id) from error
    return _json(vm)


async def read_feature(session: ArmSession, subscription_id: str) -> FeatureState:
    """``properties.state`` of UseStandardSecurityType (Microsoft.Features, through the compute client's pipeline)."""
    compute = session.compute(subscription_id)
    url = f"{feature_id(subscription_id, ROLLBACK_FEATURE)}?api-version={FEATURES_API_VERSION}"
    response = await compute.send_request(HttpRequest("GET", url))
    if response.status_code == 404:
        return FeatureState.NOT_REGISTERED
    if response.status_code != 200:
        raise HttpResponseError(response=response)
    return FeatureState.parse(arm_get(response.json(), "properties", "state"))


async def read_backup(
    session: ArmSession, vm_id: str, location: str, unreadable: dict[str, str]
) -> tuple[Json, Json | None]:
    """Recovery Services' backup status of the VM and, when it is protected, the policy that protects it."""
    ref = ResourceId.parse(vm_id)
    client = session.compute(ref.subscription_id or "")
    region = location.replace(" ", "").lower()
    url = (
        f"/subscriptions/{ref.subscription_id}/providers/Microsoft.RecoveryServices/locations/{region}/backupStatus"
        f"?api-version={BACKUP_API_VERSION}"
    )
    response = await client.send_request(HttpRequest("POST", url, json={"resourceType": "VM", "resourceId": vm_id}))
    if response.status_code != 200:
        raise HttpResponseError(response=response)
    status = response.json()
    if not isinstance(status, dict):
        raise HttpResponseError(message="the backup status is not a JSON object")
    vault, policy = text(status.get("vaultId")), text(status.get("policyName"))
    if str(status.get("protectionStatus") or "").lower() not in ("protected", "protecting") or not vault or not policy:
        return status, None
    policy_url = f"{vault}/backupPolicies/{policy}?api-version={BACKUP_API_VERSION}"
    try:
        answer = await client.send_request(HttpRequest("GET", policy_url))
        if answer.status_code != 200:
            raise HttpResponseError(response=answer)
        body = answer.json()
    except asyncio.CancelledError:
        raise
    except Exception as error:
        unreadable["backupPolicy"] = to_arm_error(error).render()
        return status, None
    return status, body if isinstance(body, dict) else None


async def _guarded(name: str, call: Callable[[], Awaitable[Any]], unreadable: dict[str, str]) -> Any:
    try:
        return await call()
    except asyncio.CancelledError:
        raise
    except Exception as error:
        unreadable[name] = to_arm_error(error).render()
        return None


def _guest_attestation(extensions: list[Json]) -> Json | None:
    publishers = {p.lower() for p in PUBLISHERS.values()}
    for ext in extensions:
        props = ext.get("properties") or {}
        if str(props.get("publisher", "")).lower() in publishers and str(props.get("type", "")).lower() == (
            "guestattestation"
        ):
            return ext
    return None


async def collect(session: ArmSession, vm_id: str, *, rollback: bool = False) -> Collected:
    """The VM first (its disk, size and image name the rest), then everything else at once."""
    vm = await read_vm(session, vm_id)
    ref = ResourceId.parse(vm_id)
    sub = ref.subscription_id or ""
    compute = session.compute(sub)
    unreadable: dict[str, str] = {}

    async def disk() -> Json | None:
        disk_id = os_disk_id(vm)
        if disk_id is None:
            unreadable["disk"] = "the VM has no managed OS disk"
            return None
        disk_ref = ResourceId.parse(disk_id)
        return _json(await compute.disks.get(disk_ref.resource_group or "", disk_ref.name))

    async def skus() -> list[Json]:
        location = text(vm.get("location")) or ""
        pages = compute.resource_skus.list(filter=f"location eq '{location}'", api_version=SKUS_API_VERSION)
        return [_json(sku) async for sku in pages]

    async def image() -> Json | None:
        image_id = gallery_image_definition_id(vm)
        if image_id is None:
            return None
        image_ref = ResourceId.parse(image_id)
        gallery_compute = session.compute(image_ref.subscription_id or sub)
        return _json(
            await gallery_compute.gallery_images.get(image_ref.resource_group or "", image_ref.names[0], image_ref.name)
        )

    async def extensions() -> list[Json]:
        listed = await compute.virtual_machine_extensions.list(ref.resource_group or "", ref.name)
        return [_json(e) for e in (listed.value or [])]

    async def feature() -> FeatureState:
        return await read_feature(session, sub)

    async def nothing() -> None:
        return None

    async def backup() -> tuple[Json, Json | None]:
        return await read_backup(session, vm_id, text(vm.get("location")) or "", unreadable)

    disk_json, sku_list, image_json, extension_list, feature_state, backup_answer = await asyncio.gather(
        _guarded("disk", disk, unreadable),
        _guarded("skus", nothing if rollback else skus, unreadable),
        _guarded("image", nothing if rollback else image, unreadable),
        _guarded("extensions", extensions, unreadable),
        _guarded("feature", feature if rollback else nothing, unreadable),
        _guarded("backup", nothing if rollback else backup, unreadable),
    )
    backup_status, backup_policy = backup_answer if isinstance(backup_answer, tuple) else (None, None)
    facts = UpgradeFacts(
        vm=vm,
        os_disk=disk_json,
        skus=sku_list,
        gallery_image=image_json,
        rollback_feature=feature_state if isinstance(feature_state, FeatureState) else FeatureState.UNKNOWN,
        backup_status=backup_status,
        backup_policy=backup_policy,
        unreadable=unreadable,
    )
    listed: list[Json] = extension_list or []
    return Collected(facts, evaluate_extension(vm, listed), _guest_attestation(listed))
