"""Pay the Azure SDK's first-use cost in a worker thread instead of on the thread that makes the first call.

The generated models (``azure.mgmt.*._utils.model_base``) work out each class's field deserializers from its
type annotations the first time the class is instantiated. For the first VM list page, NSG or virtual network
that took 60-120 ms, on the thread that awaited the call — in the wizard the GUI thread, because the SDK runs
on the qasync loop (measured with benchmarks/bench_gui.py). Building the models once from representative ARM
payloads — the built-in scenarios' resources, which are what the demo tenant serves and have Azure's shapes —
does that work ahead of time; the per-class results are cached by the SDK for the rest of the process.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Iterator, Mapping
from typing import Any

from core.resources import resource_path

log = logging.getLogger(__name__)

# The SDK's async client packages the adapters use: importing them takes most of a second on first use, so a
# front end imports them in a worker thread ahead of the first call (gui/wizard.py).
CLIENT_MODULES = (
    "azure.mgmt.resource.subscriptions.aio",
    "azure.mgmt.resourcegraph.aio",
    "azure.mgmt.compute.aio",
    "azure.mgmt.network.aio",
)

# ARM resource type (lower case) -> (models module, class), for every type the adapters deserialize.
MODEL_FOR_TYPE: Mapping[str, tuple[str, str]] = {
    "microsoft.compute/virtualmachines": ("azure.mgmt.compute.models", "VirtualMachine"),
    "microsoft.compute/virtualmachines/extensions": ("azure.mgmt.compute.models", "VirtualMachineExtension"),
    "microsoft.network/networkinterfaces": ("azure.mgmt.network.models", "NetworkInterface"),
    "microsoft.network/networksecuritygroups": ("azure.mgmt.network.models", "NetworkSecurityGroup"),
    "microsoft.network/virtualnetworks": ("azure.mgmt.network.models", "VirtualNetwork"),
    "microsoft.network/routetables": ("azure.mgmt.network.models", "RouteTable"),
    "microsoft.network/publicipaddresses": ("azure.mgmt.network.models", "PublicIPAddress"),
    "microsoft.network/azurefirewalls": ("azure.mgmt.network.models", "AzureFirewall"),
    "microsoft.network/firewallpolicies": ("azure.mgmt.network.models", "FirewallPolicy"),
    "microsoft.network/firewallpolicies/rulecollectiongroups": (
        "azure.mgmt.network.models",
        "FirewallPolicyRuleCollectionGroup",
    ),
}

# ``virtualMachines/{vm}?$expand=instanceView``: the scenarios' VMs carry no instance view (the simulator adds
# it), so its classes are warmed from this sample of the shape Microsoft.Compute returns.
_INSTANCE_VIEW = {
    "vmAgent": {
        "vmAgentVersion": "2.10.0.8",
        "statuses": [{"code": "ProvisioningState/succeeded", "level": "Info", "displayStatus": "Ready"}],
        "extensionHandlers": [
            {
                "type": "Microsoft.Azure.Security.LinuxAttestation.GuestAttestation",
                "typeHandlerVersion": "1.0",
                "status": {"code": "ProvisioningState/succeeded", "level": "Info"},
            }
        ],
    },
    "extensions": [
        {
            "name": "GuestAttestation",
            "type": "Microsoft.Azure.Security.LinuxAttestation.GuestAttestation",
            "typeHandlerVersion": "1.0",
            "statuses": [{"code": "ProvisioningState/succeeded", "level": "Info"}],
        }
    ],
    "statuses": [
        {"code": "ProvisioningState/succeeded", "level": "Info", "time": "2026-01-01T00:00:00+00:00"},
        {"code": "PowerState/running", "level": "Info", "displayStatus": "VM running"},
    ],
}


def sample_payloads() -> Iterator[tuple[str, dict[str, Any]]]:
    """``(lower-case type, ARM JSON)`` of every resource in the built-in scenarios, plus a VM with its
    instance view; unreadable files are skipped (the warm-up is an optimisation, never a failure)."""
    for path in sorted(resource_path("scenarios").glob("*.json")):
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.debug("skipping %s for the SDK warm-up", path, exc_info=True)
            continue
        resources = body.get("resources") if isinstance(body, dict) else None
        for resource in resources if isinstance(resources, list) else ():
            kind = resource.get("type") if isinstance(resource, dict) else None
            if isinstance(kind, str) and kind.lower() in MODEL_FOR_TYPE:
                yield kind.lower(), resource
    yield "microsoft.compute/virtualmachines", {"properties": {"instanceView": _INSTANCE_VIEW}}


def warm_sdk_models() -> int:
    """Build the SDK model of every sample payload; returns how many were built."""
    classes: dict[str, Any] = {}
    built = 0
    for kind, payload in sample_payloads():
        module, name = MODEL_FOR_TYPE[kind]
        if kind not in classes:
            classes[kind] = getattr(importlib.import_module(module), name)
        try:
            classes[kind](payload)
        except Exception:  # an SDK that rejects a sample only loses the head start
            log.debug("warming %s failed", name, exc_info=True)
            continue
        built += 1
    return built
