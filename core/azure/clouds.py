"""Sovereign clouds: where to sign in and which ARM endpoint to call.

Passed explicitly as ``base_url`` and ``credential_scopes`` because ``cloud_setting`` is not supported by every
management client yet (azure-sdk-notes §4).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP


class CloudName(StrEnum):
    PUBLIC = "AzureCloud"
    US_GOVERNMENT = "AzureUSGovernment"
    CHINA = "AzureChinaCloud"


@dataclass(frozen=True, slots=True)
class Cloud:
    name: CloudName
    display_name: str  # translatable, context "Clouds"
    authority_host: str
    arm_endpoint: str

    @property
    def arm_scope(self) -> str:
        return f"{self.arm_endpoint}/.default"


CLOUDS: dict[CloudName, Cloud] = {
    CloudName.PUBLIC: Cloud(
        CloudName.PUBLIC,
        QT_TRANSLATE_NOOP("Clouds", "Azure (global)"),
        "login.microsoftonline.com",
        "https://management.azure.com",
    ),
    CloudName.US_GOVERNMENT: Cloud(
        CloudName.US_GOVERNMENT,
        QT_TRANSLATE_NOOP("Clouds", "Azure US Government"),
        "login.microsoftonline.us",
        "https://management.usgovcloudapi.net",
    ),
    CloudName.CHINA: Cloud(
        CloudName.CHINA,
        QT_TRANSLATE_NOOP("Clouds", "Azure China (21Vianet)"),
        "login.chinacloudapi.cn",
        "https://management.chinacloudapi.cn",
    ),
}
