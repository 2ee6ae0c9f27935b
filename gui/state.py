"""What the wizard has learned so far, shared by its pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.azure.clouds import CloudName
from core.azure.inventory import VmSummary
from core.azure.session import ArmSession
from core.wizard_flow import FlowState


@dataclass
class WizardState:
    simulated: bool = True
    cloud: CloudName = CloudName.PUBLIC
    session: ArmSession | None = None
    vm: VmSummary | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def flow(self) -> FlowState:
        return FlowState(simulated=self.simulated, signed_in=self.session is not None, vm_chosen=self.vm is not None)
