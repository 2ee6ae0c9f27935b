"""How the user signs in; its own tiny module so settings can name it without importing the SDK."""

from __future__ import annotations

from enum import StrEnum


class SignInMethod(StrEnum):
    BROWSER = "browser"
    DEVICE_CODE = "device-code"
    AZURE_CLI = "azure-cli"
