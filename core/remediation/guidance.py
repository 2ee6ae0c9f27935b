"""Guidance where the tool must not change things itself: routes, third-party appliances, unreadable layers.

A route that drops or diverts traffic is usually deliberate (isolation, forced tunnelling for inspection). A
route for the ``AzureAttestation`` service tag with next hop Internet would bypass it — that is the network
owner's decision, so the plan names the route and explains the trade-off instead of writing it.
"""

from __future__ import annotations

from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.plan import Note, note

MSG_ROUTE_NONE = QT_TRANSLATE_NOOP(
    "Remediation",
    "The route {route} in the route table {table} drops the traffic to Azure Attestation (next hop None). Ask "
    "the network team why this subnet is isolated. A route for the service tag AzureAttestation with next hop "
    "Internet would let attestation out, but it opens a way out of an isolation someone set up on purpose, so "
    "only the network owner should add it: {command}",
)
MSG_APPLIANCE = QT_TRANSLATE_NOOP(
    "Remediation",
    "The traffic to Azure Attestation goes through the network virtual appliance at {ip}, whose rules this "
    "tool cannot read. Ask its owner to allow HTTPS (TCP 443) from {source} to {fqdn} (or *.attest.azure.net). "
    "A route for the service tag AzureAttestation with next hop Internet would bypass the appliance, but also "
    "its inspection and logging, which your security team may require.",
)
MSG_UNKNOWN = QT_TRANSLATE_NOOP(
    "Remediation",
    "Part of the path to Azure Attestation could not be evaluated, so fix does not change anything it cannot "
    "see. Check the diagnosis for the layers marked unknown (often a resource you may not read).",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Remediation",
    "The blocking resource {resource} could not be read, so no change can be planned for it.",
)
MSG_LOCKED_READ_ONLY = QT_TRANSLATE_NOOP(
    "Remediation",
    "The ReadOnly lock {lock} on {scope} makes {resource} read-only: Azure would refuse the change (ScopeLocked), "
    "so fix does not try it. Ask an owner of {scope} to remove the lock for the time of the change, then run fix "
    "again, or hand the change to whoever owns the lock: {command}",
)
MSG_UNDO_LOCKED = QT_TRANSLATE_NOOP(
    "Remediation",
    "The CanNotDelete lock {lock} on {scope} allows this change but refuses deletes: undo of {resource} will "
    "fail until an owner removes the lock.",
)
MSG_ALREADY_ALLOWED = QT_TRANSLATE_NOOP(
    "Remediation", "The network already lets {vm} reach Azure Attestation; there is nothing to fix."
)


def route_command(table_id: str, vm_name: str) -> str:
    from core.arm_ids import ResourceId
    from core.remediation.armjson import sh

    ref = ResourceId.parse(table_id)
    return (
        f"az network route-table route create -g {sh(ref.resource_group or '')} --route-table-name "
        f"{sh(ref.name)} -n AzureAttestation-Direct --address-prefix AzureAttestation --next-hop-type Internet"
    )


def route_none(route: str, table: str, table_id: str, vm_name: str) -> Note:
    return note(
        "ROUTE_DROPS",
        MSG_ROUTE_NONE,
        severity=Severity.ERROR,
        blocking=True,
        route=route,
        table=table,
        command=route_command(table_id, vm_name),
    )


def appliance(ip: str, source: str, fqdn: str) -> Note:
    return note(
        "APPLIANCE_UNKNOWN", MSG_APPLIANCE, severity=Severity.ERROR, blocking=True, ip=ip, source=source, fqdn=fqdn
    )


def unknown_path() -> Note:
    return note("PATH_UNKNOWN", MSG_UNKNOWN, severity=Severity.ERROR, blocking=True)


def unreadable(resource: str) -> Note:
    return note("BLOCKER_UNREADABLE", MSG_UNREADABLE, severity=Severity.ERROR, blocking=True, resource=resource)


def already_allowed(vm: str) -> Note:
    return note("PATH_ALLOWED", MSG_ALREADY_ALLOWED, vm=vm)


def locked_read_only(lock: str, scope: str, resource: str, command: str) -> Note:
    return note(
        "LOCKED_READ_ONLY",
        MSG_LOCKED_READ_ONLY,
        severity=Severity.ERROR,
        blocking=True,
        lock=lock,
        scope=scope,
        resource=resource,
        command=command,
    )


def undo_locked(lock: str, scope: str, resource: str) -> Note:
    return note("UNDO_LOCKED", MSG_UNDO_LOCKED, severity=Severity.WARNING, lock=lock, scope=scope, resource=resource)
