"""What the wizard has learned so far, shared by its pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.azure.clouds import CloudName
from core.diagnosis.model import Verdict
from core.wizard_flow import FlowState

if TYPE_CHECKING:  # types only: the welcome page must not pay for the SDK's import before the first window
    from core.azure.inventory import VmSummary
    from core.azure.session import ArmSession
    from core.diagnosis.extension import ExtensionReport
    from core.diagnosis.path import Diagnosis
    from core.diagnosis.prerequisites import PrerequisiteReport
    from core.report import ChangeRecord


@dataclass
class WizardState:
    simulated: bool = True
    cloud: CloudName = CloudName.PUBLIC
    session: ArmSession | None = None
    vm: VmSummary | None = None
    extra: dict[str, object] = field(default_factory=dict)
    # Per-VM facts, reset by begin_vm() when another VM is chosen.
    facts_vm_id: str | None = None
    vm_json: dict[str, Any] | None = None  # the VM with its instance view, as ARM returned it (JSON: any shape)
    prerequisites: PrerequisiteReport | None = None
    extension: ExtensionReport | None = None
    diagnosis: Diagnosis | None = None
    verified: Diagnosis | None = None  # the Diagnosis of the last Recheck
    changes: list[ChangeRecord] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)  # az CLI / PowerShell shown to the user, for the summary
    fix_applied: bool = False
    upgrade_requested: bool = False  # "Upgrade to Trusted Launch…" chosen on the Prerequisites page
    fleet: bool = False  # "Many VMs" on the welcome page

    def begin_vm(self) -> bool:
        """Forget what was learned about a previous VM (the user went back and chose another one); ``True`` when
        the chosen VM is another one than before."""
        vm_id = self.vm.id if self.vm else None
        if vm_id == self.facts_vm_id:
            return False
        self.facts_vm_id = vm_id
        self.vm_json = None
        self.prerequisites = None
        self.extension = None
        self.diagnosis = None
        self.verified = None
        self.changes = []
        self.commands = []
        self.fix_applied = False
        self.upgrade_requested = False
        return True

    def changed_and_checked(self, diagnosis: Diagnosis) -> None:
        """The diagnosis made right after a change was applied: it supersedes every earlier look, including the
        Verify page's last Recheck (the summary reads that first and would otherwise report the old state)."""
        self.diagnosis = diagnosis
        self.extension = diagnosis.extension
        self.verified = None

    def path_blocked(self) -> bool | None:
        if self.diagnosis is None:
            return None
        return {Verdict.BLOCKED: True, Verdict.PARTIAL: True, Verdict.ALLOWED: False}.get(self.diagnosis.verdict)

    def flow(self) -> FlowState:
        return FlowState(
            simulated=self.simulated,
            signed_in=self.session is not None,
            vm_chosen=self.vm is not None,
            prerequisites_met=self.prerequisites.met if self.prerequisites else None,
            monitoring_healthy=self.extension.healthy if self.extension else None,
            path_blocked=self.path_blocked(),
            fix_applied=self.fix_applied,
            upgrade_requested=self.upgrade_requested,
            fleet=self.fleet,
        )
