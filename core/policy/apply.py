"""Apply a policy plan: generic ARM PUT/DELETE of any resource type, in order, with ``ref()`` resolution.

Kept small and apart on purpose: the product's change engine (``core/changes``, branch ``engine``) takes over
these writes once it is merged; only :func:`apply_policy_plan` calls this module. Like that engine it looks
before writing (a step already in place is not repeated), stops at the first failure (later steps are not
attempted, so nothing depends on a step that failed) and reports each step with ARM's request ids.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Mapping
from typing import Any

from azure.core.exceptions import HttpResponseError

from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.i18n import QT_TRANSLATE_NOOP
from core.policy import arm_rest
from core.remediation.apply import (
    MSG_ALREADY,
    MSG_NOT_ATTEMPTED,
    ApplyReport,
    StepResult,
    StepStatus,
)
from core.remediation.armjson import props, same
from core.remediation.plan import REF_PREFIX, Operation

MSG_FAILED = QT_TRANSLATE_NOOP("Remediation", "Failed: {name} was not changed. {error}")
MSG_UNRESOLVED = QT_TRANSLATE_NOOP(
    "Remediation", "Not attempted: the value {reference} from an earlier step is missing in its answer."
)
_REF = re.compile(r"\$\{([^.}]+)\.([^}]+)\}")


class UnresolvedReferenceError(KeyError):
    pass


def _lookup(responses: Mapping[str, Any], step: str, path: str) -> Any:
    value: Any = responses.get(step)
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    if value is None:
        raise UnresolvedReferenceError(f"${{{step}.{path}}}")
    return value


def resolve(value: Any, responses: Mapping[str, Any]) -> Any:
    """``value`` with every ``ref()`` placeholder replaced by the earlier step's response value."""
    if isinstance(value, str) and REF_PREFIX in value:
        whole = _REF.fullmatch(value)
        if whole:
            return _lookup(responses, whole.group(1), whole.group(2))
        return _REF.sub(lambda m: str(_lookup(responses, m.group(1), m.group(2))), value)
    if isinstance(value, list):
        return [resolve(v, responses) for v in value]
    if isinstance(value, Mapping):
        return {k: resolve(v, responses) for k, v in value.items()}
    return value


def _url(target: str, api_version: str) -> str:
    return f"{target}?api-version={api_version}"


def _request_id(error: BaseException) -> list[str]:
    if isinstance(error, HttpResponseError) and error.response is not None:
        headers: Any = getattr(error.response, "headers", None) or {}
        value = headers.get("x-ms-request-id")
        return [str(value)] if value else []
    return []


async def _run(session: ArmSession, op: Operation, responses: dict[str, Any]) -> StepResult:
    name = op.target_id.rstrip("/").rsplit("/", 1)[-1]
    try:
        target = str(resolve(op.target_id, responses))
        body = resolve(op.body, responses) if op.body is not None else None
    except UnresolvedReferenceError as missing:
        return StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_UNRESOLVED, {"reference": str(missing)})
    try:
        current = await arm_rest.get_or_none(session, _url(target, op.api_version))
        if op.method == "DELETE":
            if current is None:
                return StepResult(op, StepStatus.ALREADY, MSG_ALREADY)
            await arm_rest.delete(session, _url(target, op.api_version))
            return StepResult(op, StepStatus.APPLIED, written=None)
        assert body is not None
        if current is not None and same(body.get("properties", {}), props(current)):
            if op.step_id:
                responses[op.step_id] = current
            return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, written=current)
        written = await arm_rest.put(session, _url(target, op.api_version), body)
        if op.step_id:
            responses[op.step_id] = written
        return StepResult(op, StepStatus.APPLIED, written=written)
    except asyncio.CancelledError:
        raise
    except Exception as error:
        return StepResult(
            op, StepStatus.FAILED, MSG_FAILED, {"name": name}, to_arm_error(error), _request_id(error), in_azure=False
        )


async def apply_operations(
    session: ArmSession, operations: tuple[Operation, ...], on_step: Callable[[int, int, Operation], None] | None = None
) -> ApplyReport:
    steps: list[StepResult] = []
    responses: dict[str, Any] = {}
    for number, op in enumerate(operations, start=1):
        if steps and steps[-1].status in (StepStatus.FAILED, StepStatus.NOT_ATTEMPTED):
            steps.append(StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_NOT_ATTEMPTED))
            continue
        if on_step is not None:
            on_step(number, len(operations), op)
        steps.append(await _run(session, op, responses))
    return ApplyReport(steps)
