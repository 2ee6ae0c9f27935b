"""The built-in initiative "Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs".

Its members and the roles their remediation identity needs are read from the definitions themselves (ARM's, or
the bundled copies in resources/policy/ when ARM cannot be asked), never hard-coded twice.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.resources import resource_path

INITIATIVE_NAME = "281d9e47-d14d-4f05-b8eb-18f2c4a034ff"
INITIATIVE_ID = f"/providers/Microsoft.Authorization/policySetDefinitions/{INITIATIVE_NAME}"
POLICY_API_VERSION = "2023-04-01"
ROLE_ASSIGNMENTS_API_VERSION = "2022-04-01"
POLICY_STATES_API_VERSION = "2019-10-01"
REMEDIATIONS_API_VERSION = "2021-10-01"

# Built-in role GUIDs (the same in every tenant) and their English names (az CLI / PowerShell use these; the
# text shows Microsoft's translation, context "Remediation").
ROLE_NAMES: dict[str, str] = {
    "9980e02c-c2be-4d73-94e8-173b1dc7cf3c": QT_TRANSLATE_NOOP("Remediation", "Virtual Machine Contributor"),
    "acdd72a7-3385-48ef-bd42-f606fba81ae7": QT_TRANSLATE_NOOP("Remediation", "Reader"),
    "e40ec5ca-96e0-45a2-b4ff-59039f2c2b59": QT_TRANSLATE_NOOP("Remediation", "Managed Identity Contributor"),
    "f1a07417-d97a-45cb-824c-7a7467783830": QT_TRANSLATE_NOOP("Remediation", "Managed Identity Operator"),
    "8e3af657-a8ff-443c-a75c-2fe8c4bcb635": QT_TRANSLATE_NOOP("Remediation", "Owner"),
    "b24988ac-6180-42a0-ab88-20f7382dd24c": QT_TRANSLATE_NOOP("Remediation", "Contributor"),
}
OWNER_ROLE = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
CONTRIBUTOR_ROLE = "b24988ac-6180-42a0-ab88-20f7382dd24c"

_BUNDLED_FILES = (
    "GuestAttestationPrerequisites.json",
    "ASC_InstallLinuxGAExtOnVM_DINE.json",
    "ASC_InstallWindowsGAExtOnVM_DINE.json",
    "AzureMonitor_AddSystemIdentity_Prerequisite.json",
    "ASC_InstallLinuxGAExtOnVmss_DINE.json",
    "ASC_InstallWindowsGAExtOnVmss_DINE.json",
    "ASC_InstallGAExtOnSigVM_DINE.json",
    "ASC_InstallGAExtOnSigVMSS_DINE.json",
)


def role_guid(role_definition_id: str) -> str:
    """The GUID at the end of a role definition id (ids differ in prefix: tenant vs subscription scope)."""
    return role_definition_id.rstrip("/").rsplit("/", 1)[-1].lower()


def definition_key(definition_id: str) -> str:
    return definition_id.rstrip("/").lower()


@dataclass(frozen=True)
class Member:
    definition_id: str
    reference_id: str
    display_name: str
    effect: str  # the definition's default effect (DeployIfNotExists / Modify)
    role_ids: tuple[str, ...]  # role GUIDs from policyRule.then.details.roleDefinitionIds


@dataclass(frozen=True)
class Initiative:
    display_name: str
    members: tuple[Member, ...]

    @property
    def definition_ids(self) -> set[str]:
        return {definition_key(m.definition_id) for m in self.members}

    def member(self, definition_id: str) -> Member | None:
        key = definition_key(definition_id)
        return next((m for m in self.members if definition_key(m.definition_id) == key), None)

    def roles_for(self, definition_id: str) -> tuple[str, ...]:
        """The role GUIDs an assignment of ``definition_id`` (the initiative or one member) needs."""
        if definition_key(definition_id) == definition_key(INITIATIVE_ID):
            members: Sequence[Member] = self.members
        else:
            found = self.member(definition_id)
            members = [found] if found else []
        return tuple(dict.fromkeys(r for m in members for r in m.role_ids))


def _obj(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _props(item: Mapping[str, Any]) -> Mapping[str, Any]:
    props = item.get("properties")
    return props if isinstance(props, Mapping) else {}


def parse_initiative(set_definition: Mapping[str, Any], definitions: Sequence[Mapping[str, Any]]) -> Initiative:
    """The initiative from its ARM JSON and its members' definitions (members without a definition get no roles)."""
    by_id = {definition_key(str(d.get("id", ""))): d for d in definitions}
    members = []
    for entry in _props(set_definition).get("policyDefinitions") or []:
        if not isinstance(entry, Mapping):
            continue
        definition_id = str(entry.get("policyDefinitionId", ""))
        definition = by_id.get(definition_key(definition_id), {})
        props = _props(definition)
        details = _obj(_obj(_obj(props.get("policyRule")).get("then")).get("details"))
        effect_param = _obj(_obj(props.get("parameters")).get("effect"))
        members.append(
            Member(
                definition_id=definition_id,
                reference_id=str(entry.get("policyDefinitionReferenceId", "")),
                display_name=str(props.get("displayName", "")),
                effect=str(effect_param.get("defaultValue", "")),
                role_ids=tuple(role_guid(str(r)) for r in details.get("roleDefinitionIds") or []),
            )
        )
    return Initiative(str(_props(set_definition).get("displayName", "")), tuple(members))


@cache
def bundled_definitions() -> tuple[dict[str, Any], tuple[dict[str, Any], ...]]:
    """(set definition, member definitions) from resources/policy/ (Azure/azure-policy, see ORIGIN.md)."""
    loaded = [json.loads(resource_path("policy", name).read_text(encoding="utf-8")) for name in _BUNDLED_FILES]
    return loaded[0], tuple(loaded[1:])


def bundled_initiative() -> Initiative:
    set_definition, definitions = bundled_definitions()
    return parse_initiative(set_definition, definitions)
