"""The validation pass before a path evaluation: resources on the VM's path that ARM would never return.

Data that reaches a diagnosis without passing a snapshot check (real Azure through another tool, an export
edited by hand, a future API version) may still carry odd shapes: ``securityRules`` as an object or null,
``properties`` as a string, a priority of 99999. The evaluators read such data tolerantly, which would mean
*ignoring* a rule — and a blocked VM reported allowed. So before evaluating, every resource the path reads is
checked against ARM's shapes; any problem makes the path ``unknown`` with a ``DATA_MALFORMED`` finding naming
the resource and the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.diagnosis.model import Finding, Severity
from core.diagnosis.resource_index import ResourceIndex
from core.i18n import QT_TRANSLATE_NOOP
from core.snapshot.validate import resource_problems

MSG_MALFORMED = QT_TRANSLATE_NOOP(
    "Findings",
    "{name} ({type}) has data in a shape Azure never returns, at {field}; the path through it cannot be judged. "
    "Check where the data came from (snapshot or export) and read it again from Azure.",
)
_FIREWALL_TYPE = "Microsoft.Network/azureFirewalls"
_GROUP_TYPE = "Microsoft.Network/firewallPolicies/ruleCollectionGroups"
_IP_GROUP_TYPE = "Microsoft.Network/ipGroups"


def _ref(obj: Any, *path: str) -> str | None:
    for key in path:
        obj = obj.get(key) if isinstance(obj, Mapping) else None
    rid = obj.get("id") if isinstance(obj, Mapping) else None
    return rid if isinstance(rid, str) and rid.strip() else None


def _path_resources(
    index: ResourceIndex, vm: Mapping[str, Any], nic_id: str | None, subnet_id: str | None
) -> Iterable[Any]:
    yield vm
    nic = index.get(nic_id)
    subnet = index.get(subnet_id)
    yield from (r for r in (nic, subnet) if r is not None)
    if subnet_id and "/subnets/" in subnet_id.lower():
        vnet = index.get(subnet_id[: subnet_id.lower().rfind("/subnets/")])
        if vnet is not None:
            yield vnet
    for rid in (
        _ref(nic, "properties", "networkSecurityGroup"),
        _ref(subnet, "properties", "networkSecurityGroup"),
        _ref(subnet, "properties", "routeTable"),
    ):
        found = index.get(rid)
        if found is not None:
            yield found
    # A route may lead to any firewall of the index; of the policies, only those the firewalls use (and their
    # base policies) are read, with their rule collection groups.
    firewalls = index.of_type(_FIREWALL_TYPE)
    yield from firewalls
    policies: dict[str, Any] = {}
    pending = [rid for fw in firewalls if (rid := _ref(fw, "properties", "firewallPolicy"))]
    while pending:
        rid = pending.pop().lower()
        policy = index.get(rid)
        if rid in policies or policy is None:
            continue
        policies[rid] = policy
        base = _ref(policy, "properties", "basePolicy")
        if base:
            pending.append(base)
    yield from policies.values()
    for group in index.of_type(_GROUP_TYPE):
        gid = str(group.get("id") or "").lower()
        if gid.rsplit("/rulecollectiongroups/", 1)[0] in policies:
            yield group
    yield from index.of_type(_IP_GROUP_TYPE)


def malformed_findings(
    index: ResourceIndex, vm: Mapping[str, Any], nic_id: str | None, subnet_id: str | None
) -> list[Finding]:
    """One ``DATA_MALFORMED`` error per problem field of a resource the path evaluation reads."""
    findings: list[Finding] = []
    seen: set[int] = set()
    for resource in _path_resources(index, vm, nic_id, subnet_id):
        if id(resource) in seen:
            continue
        seen.add(id(resource))
        for problem in resource_problems(resource):
            rid = problem.resource_id or "?"
            args = {
                "name": rid.rstrip("/").rsplit("/", 1)[-1],
                "type": str(resource.get("type") or "?") if isinstance(resource, Mapping) else "?",
                "field": problem.field or "(resource)",
            }
            evidence = {"resourceId": problem.resource_id, "field": problem.field, "problem": problem.render()}
            findings.append(Finding("DATA_MALFORMED", Severity.ERROR, MSG_MALFORMED, args, evidence))
    return findings
