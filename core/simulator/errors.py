"""ARM error responses: ``{"error": {"code", "message"}}`` with the status ARM uses for each code."""

from __future__ import annotations

from typing import Any


class ArmError(Exception):
    """Raised by handlers; the server turns it into an ARM error body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        target: str | None = None,
        additional_info: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.target = target
        self.additional_info = additional_info

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.target:
            error["target"] = self.target
        if self.additional_info:
            error["additionalInfo"] = self.additional_info
        return {"error": error}


def resource_not_found(full_type: str, name: str, resource_group: str | None) -> ArmError:
    # ARM's wording for a missing top-level resource.
    return ArmError(
        404,
        "ResourceNotFound",
        f"The Resource '{full_type}/{name}' under resource group '{resource_group}' was not found. "
        "For more details please go to https://aka.ms/ARMResourceNotFoundFix",
    )


def child_not_found(resource_id: str) -> ArmError:
    # Resource providers answer a missing child (rule, subnet, extension) with their own NotFound.
    return ArmError(404, "NotFound", f"Resource {resource_id} not found.")


def resource_group_not_found(name: str) -> ArmError:
    return ArmError(404, "ResourceGroupNotFound", f"Resource group '{name}' could not be found.")


def subscription_not_found(subscription_id: str) -> ArmError:
    return ArmError(404, "SubscriptionNotFound", f"The subscription '{subscription_id}' could not be found.")


def invalid_request_content(detail: str) -> ArmError:
    return ArmError(
        400, "InvalidRequestContent", f"The request content was invalid and cannot be deserialized: {detail}"
    )


def precondition_failed() -> ArmError:
    return ArmError(
        412,
        "PreconditionFailed",
        "The condition specified using HTTP conditional header(s) is not met.",
    )
