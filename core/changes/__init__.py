"""The change engine: every change to Azure (enable, fix, Secure Boot/vTPM, undo, policy, upgrade, fleet) runs here.

Public API (stable: later versions add, never rename)::

    from core.changes import ChangeEngine, RunOptions, StopToken, RunStatus, Phase

    engine = ChangeEngine(session)                    # one per session; audit = AuditLog() by default
    result = await engine.run(plan, RunOptions(check=recheck))    # permissions → steps (audited) → check
    result.status            # RunStatus: COMPLETE | FAILED | INTERRUPTED | REFUSED | NOTHING_TO_DO
    result.report.steps      # StepResult per operation: status (StepStatus), message, error, request ids, written
    result.run_id            # the audit record (undo: core.usecases.undo / AuditLog.undoable)
    result.check             # what ``check`` returned (e.g. the diagnosis run again); result.check_error if it failed

    run = engine.prepare(plan, RunOptions(check=recheck, on_progress=show))   # to stop it or read its partial result
    task = asyncio.ensure_future(run.execute())
    run.request_stop("user")     # stops after the step in flight; ``run.writing`` tells whether one is in flight
    run.phase                    # Phase: PERMISSIONS | STEP | STOPPING | CHECK (None before it starts)
    run.result                   # live, also after the task was cancelled (the write in flight is finished first)

    # Use cases wrap this for a previewed plan: core.usecases.fix.prepare_apply(session, preview, on_progress=…),
    # prepare_undo(session, plan, undo_of); the permission scope of each step: core.remediation.permissions.scope_of.

    fleet = FleetRun(engine, plans, parallel=4, check_for=lambda plan: recheck_of(plan))
    results = await fleet.execute()   # one ChangeResult per plan, in order; fleet.request_stop() stops all
    # or: results = await run_plans(engine, plans, parallel=4)

What a plan's operations may use (``core/remediation/plan.py``):

- ``kind`` CREATE / MODIFY / DELETE / ACTION and ``method`` PUT / PATCH / DELETE / POST on any ``target_id``, sent
  with the operation's ``api_version`` through the generic ARM path (:mod:`core.changes.arm`): no SDK plumbing per
  resource type. Long-running operations are followed to their end (``Azure-AsyncOperation``, ``Location``,
  ``Retry-After``; PUT/PATCH end with a GET of the resource, POST with the ``Location`` result).
- ``step_id`` names a step; ``ref(step_id, "json.path")`` in a body value or in ``target_id`` is replaced by that
  value from the step's response (the resource as written, or as found when it was already in place) just before
  sending; ``depends_on`` lists steps that must have succeeded. A reference to a step that does not come earlier
  is a :class:`PlanError` before anything is sent; a path missing from the response fails that step unsent.
- ``precondition``: ``If-Match`` is sent on updates (a 412 re-reads and re-applies only ``addition``). A CREATE is
  preceded by a GET that must answer 404 (``If-None-Match: *`` is sent too, but not relied on).
- ``previous`` (the state before a MODIFY) is what undo restores; ACTION steps (deallocate, start) are not undone.

Guarantees: the audit log (:mod:`core.remediation.audit`) gets an event *before* each request and *after* each
answer, so an interruption at any moment leaves exactly what was sent and what Azure answered; a stop request or
a cancellation is honoured between steps only (the write in flight is shielded and recorded); a step already in
place is not repeated; after a failure the target is read again (did it land?), and a resource we created that
Azure marks Failed is removed again; the run stops at the first failure.
"""

from core.changes.arm import Accepted, ArmReply, ArmResources, OperationFailedError, RequestIds
from core.changes.fleet import DEFAULT_PARALLEL, FleetRun, run_plans
from core.changes.refs import Ref, UnresolvedRefError, operation_refs, required_steps, resolve
from core.changes.run import (
    ChangeEngine,
    ChangeProgress,
    ChangeResult,
    ChangeRun,
    Phase,
    PlanError,
    RunOptions,
    RunStatus,
    StopToken,
    validate,
    who_am_i,
)
from core.changes.steps import ApplyReport, StepExecutor, StepResult, StepStatus, is_in_place

__all__ = [
    "DEFAULT_PARALLEL",
    "Accepted",
    "ApplyReport",
    "ArmReply",
    "ArmResources",
    "ChangeEngine",
    "ChangeProgress",
    "ChangeResult",
    "ChangeRun",
    "FleetRun",
    "OperationFailedError",
    "Phase",
    "PlanError",
    "Ref",
    "RequestIds",
    "RunOptions",
    "RunStatus",
    "StepExecutor",
    "StepResult",
    "StepStatus",
    "StopToken",
    "UnresolvedRefError",
    "is_in_place",
    "operation_refs",
    "required_steps",
    "resolve",
    "run_plans",
    "validate",
    "who_am_i",
]
