"""Remediation: preview, apply, verify and undo the changes that enable boot integrity monitoring.

Pure planners turn ARM JSON (and the diagnosis' blockers) into a :class:`~core.remediation.plan.Plan`; the apply
engine executes it through the Azure SDK, records it in the audit log, and the use cases re-run the diagnosis.
"""
