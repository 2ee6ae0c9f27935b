"""Builders of ARM-shaped resources for scenarios and the generated large tenant.

Every builder returns the resource exactly as an ARM GET returns it (ids, names, types, provisioningState,
etags), so scenario files read like real exports. Ids are deterministic: the same inputs give the same files.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from core.simulator import instance_view as iv

_NAMESPACE = uuid.UUID("0f6b0c1e-3c1a-4f43-9d5e-5a1b2c3d4e5f")
CREATED = "2025-09-15T08:30:12.1234567+00:00"

GA_PUBLISHER = {
    "Windows": "Microsoft.Azure.Security.WindowsAttestation",
    "Linux": "Microsoft.Azure.Security.LinuxAttestation",
}
GA_SETTINGS = {
    "AttestationConfig": {
        "MaaSettings": {"maaEndpoint": "", "maaTenantName": "GuestAttestation"},
        "AscSettings": {"ascReportingEndpoint": "", "ascReportingFrequency": ""},
        "useCustomToken": "false",
        "disableAlerts": "false",
    }
}
IMAGES = {
    "Windows": {
        "publisher": "MicrosoftWindowsServer",
        "offer": "WindowsServer",
        "sku": "2022-datacenter-azure-edition",
        "version": "latest",
    },
    "Linux": {"publisher": "canonical", "offer": "ubuntu-24_04-lts", "sku": "server", "version": "latest"},
}
OS_NAMES = {
    "Windows": ("Windows Server 2022 Datacenter Azure Edition", "10.0.20348.2849"),
    "Linux": ("ubuntu", "24.04"),
}

# The ARM defaults written by both the scenario builders and the simulator's PUT handlers (one place for them).
# The six default rules ARM adds to every NSG (spec example NetworkSecurityGroupGet.json):
# (name, direction, priority, source, destination, access, description).
DEFAULT_RULES: tuple[tuple[str, str, int, str, str, str, str], ...] = (
    (
        "AllowVnetInBound",
        "Inbound",
        65000,
        "VirtualNetwork",
        "VirtualNetwork",
        "Allow",
        "Allow inbound traffic from all VMs in VNET",
    ),
    (
        "AllowAzureLoadBalancerInBound",
        "Inbound",
        65001,
        "AzureLoadBalancer",
        "*",
        "Allow",
        "Allow inbound traffic from azure load balancer",
    ),
    ("DenyAllInBound", "Inbound", 65500, "*", "*", "Deny", "Deny all inbound traffic"),
    (
        "AllowVnetOutBound",
        "Outbound",
        65000,
        "VirtualNetwork",
        "VirtualNetwork",
        "Allow",
        "Allow outbound traffic from all VMs to all VMs in VNET",
    ),
    (
        "AllowInternetOutBound",
        "Outbound",
        65001,
        "*",
        "Internet",
        "Allow",
        "Allow outbound traffic from all VMs to Internet",
    ),
    ("DenyAllOutBound", "Outbound", 65500, "*", "*", "Deny", "Deny all outbound traffic"),
)
# The plural lists ARM returns (empty) on every security rule beside the singular fields.
RULE_LIST_PROPERTIES = (
    "sourcePortRanges",
    "destinationPortRanges",
    "sourceAddressPrefixes",
    "destinationAddressPrefixes",
)
# What ARM returns on a subnet for which nothing else was said.
SUBNET_NETWORK_POLICIES = {"privateEndpointNetworkPolicies": "Disabled", "privateLinkServiceNetworkPolicies": "Enabled"}


def stable_guid(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def etag(*parts: str) -> str:
    return f'W/"{stable_guid("etag", *parts)}"'


def security_rule(
    nsg_id: str,
    name: str,
    priority: int,
    direction: str,
    access: str,
    destination: str,
    port: str = "*",
    *,
    protocol: str = "*",
    source: str = "*",
    description: str | None = None,
    source_asgs: list[str] | None = None,
) -> dict[str, Any]:
    props: dict[str, Any] = {
        "provisioningState": "Succeeded",
        "protocol": protocol,
        "sourcePortRange": "*",
        "destinationPortRange": port,
        "sourceAddressPrefix": source,
        "destinationAddressPrefix": destination,
        "access": access,
        "priority": priority,
        "direction": direction,
        **{key: [] for key in RULE_LIST_PROPERTIES},
    }
    if description:
        props["description"] = description
    if source_asgs:
        props.pop("sourceAddressPrefix")
        props["sourceApplicationSecurityGroups"] = [{"id": a} for a in source_asgs]
    return {
        "name": name,
        "id": f"{nsg_id}/securityRules/{name}",
        "etag": etag(nsg_id, name),
        "type": "Microsoft.Network/networkSecurityGroups/securityRules",
        "properties": props,
    }


def default_security_rules(nsg_id: str) -> list[dict[str, Any]]:
    """The default rules of the NSG ``nsg_id`` as ARM returns them (read-only children ``defaultSecurityRules``)."""
    rules = []
    for name, direction, priority, source, destination, access, description in DEFAULT_RULES:
        rule = security_rule(
            nsg_id, name, priority, direction, access, destination, source=source, description=description
        )
        rule["id"] = f"{nsg_id}/defaultSecurityRules/{name}"
        rule["type"] = "Microsoft.Network/networkSecurityGroups/defaultSecurityRules"
        rules.append(rule)
    return rules


@dataclass
class TenantBuilder:
    """Collects the resources of one scenario in one subscription and resource group."""

    subscription: str
    resource_group: str
    location: str
    resources: list[dict[str, Any]] = field(default_factory=list)
    simulation_vms: dict[str, dict[str, Any]] = field(default_factory=dict)
    actions: dict[str, dict[str, Any]] = field(default_factory=dict)  # snapshot "actions": POST results by path

    def _id(self, provider_type: str, name: str, resource_group: str | None = None) -> str:
        rg = resource_group or self.resource_group
        return f"/subscriptions/{self.subscription}/resourceGroups/{rg}/providers/{provider_type}/{name}"

    def _network(
        self, provider_type: str, name: str, props: dict[str, Any], location: str | None = None
    ) -> dict[str, Any]:
        rid = self._id(f"Microsoft.Network/{provider_type}", name)
        resource = {
            "name": name,
            "id": rid,
            "etag": etag(rid),
            "type": f"Microsoft.Network/{provider_type}",
            "location": location or self.location,
            "properties": {"provisioningState": "Succeeded", "resourceGuid": stable_guid(rid), **props},
        }
        self.resources.append(resource)
        return resource

    def nsg(self, name: str, rules: list[tuple[Any, ...]] | None = None) -> str:
        """``rules``: (name, priority, direction, access, destination, port[, protocol[, source]])."""
        rid = self._id("Microsoft.Network/networkSecurityGroups", name)
        custom = [
            security_rule(rid, *r[:6], **dict(zip(("protocol", "source"), r[6:], strict=False))) for r in rules or []
        ]
        defaults = default_security_rules(rid)
        self._network("networkSecurityGroups", name, {"securityRules": custom, "defaultSecurityRules": defaults})
        return rid

    def route_table(self, name: str, routes: list[tuple[str, str, str, str | None]]) -> str:
        """``routes``: (name, addressPrefix, nextHopType, nextHopIpAddress)."""
        rid = self._id("Microsoft.Network/routeTables", name)
        items = []
        for route_name, prefix, hop, hop_ip in routes:
            props: dict[str, Any] = {"provisioningState": "Succeeded", "addressPrefix": prefix, "nextHopType": hop}
            if hop_ip:
                props["nextHopIpAddress"] = hop_ip
            items.append(
                {
                    "name": route_name,
                    "id": f"{rid}/routes/{route_name}",
                    "etag": etag(rid, route_name),
                    "type": "Microsoft.Network/routeTables/routes",
                    "properties": props,
                }
            )
        self._network("routeTables", name, {"disableBgpRoutePropagation": True, "routes": items})
        return rid

    def vnet(
        self,
        name: str,
        address_space: str,
        subnets: list[tuple[str, str, str | None, str | None]],
        peerings: list[tuple[str, str]] | None = None,
    ) -> str:
        """``subnets``: (name, prefix, nsg id, route table id); ``peerings``: (name, remote vnet id)."""
        rid = self._id("Microsoft.Network/virtualNetworks", name)
        items = []
        for subnet_name, prefix, nsg_id, rt_id in subnets:
            props: dict[str, Any] = {
                "provisioningState": "Succeeded",
                "addressPrefix": prefix,
                **SUBNET_NETWORK_POLICIES,
            }
            if nsg_id:
                props["networkSecurityGroup"] = {"id": nsg_id}
            if rt_id:
                props["routeTable"] = {"id": rt_id}
            items.append(
                {
                    "name": subnet_name,
                    "id": f"{rid}/subnets/{subnet_name}",
                    "etag": etag(rid, subnet_name),
                    "type": "Microsoft.Network/virtualNetworks/subnets",
                    "properties": props,
                }
            )
        peering_items = [
            {
                "name": peer_name,
                "id": f"{rid}/virtualNetworkPeerings/{peer_name}",
                "etag": etag(rid, peer_name),
                "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                "properties": {
                    "provisioningState": "Succeeded",
                    "peeringState": "Connected",
                    "peeringSyncLevel": "FullyInSync",
                    "remoteVirtualNetwork": {"id": remote},
                    "allowVirtualNetworkAccess": True,
                    "allowForwardedTraffic": True,
                    "allowGatewayTransit": False,
                    "useRemoteGateways": False,
                },
            }
            for peer_name, remote in peerings or []
        ]
        self._network(
            "virtualNetworks",
            name,
            {
                "addressSpace": {"addressPrefixes": [address_space]},
                "subnets": items,
                "virtualNetworkPeerings": peering_items,
                "enableDdosProtection": False,
            },
        )
        return rid

    def asg(self, name: str) -> str:
        return str(self._network("applicationSecurityGroups", name, {})["id"])

    def ip_group(self, name: str, cidrs: list[str]) -> str:
        return str(
            self._network("ipGroups", name, {"ipAddresses": cidrs, "firewalls": [], "firewallPolicies": []})["id"]
        )

    def public_ip(self, name: str, address: str) -> str:
        resource = self._network(
            "publicIPAddresses",
            name,
            {
                "publicIPAddressVersion": "IPv4",
                "publicIPAllocationMethod": "Static",
                "idleTimeoutInMinutes": 4,
                "ipAddress": address,
            },
        )
        resource["sku"] = {"name": "Standard", "tier": "Regional"}
        return str(resource["id"])

    def nic(
        self,
        name: str,
        subnet_id: str,
        private_ip: str,
        *,
        nsg_id: str | None = None,
        asgs: list[str] | None = None,
        ip_forwarding: bool = False,
    ) -> str:
        rid = self._id("Microsoft.Network/networkInterfaces", name)
        ipconfig: dict[str, Any] = {
            "name": "ipconfig1",
            "id": f"{rid}/ipConfigurations/ipconfig1",
            "etag": etag(rid, "ipconfig1"),
            "type": "Microsoft.Network/networkInterfaces/ipConfigurations",
            "properties": {
                "provisioningState": "Succeeded",
                "privateIPAddress": private_ip,
                "privateIPAllocationMethod": "Static",
                "privateIPAddressVersion": "IPv4",
                "subnet": {"id": subnet_id},
                "primary": True,
            },
        }
        if asgs:
            ipconfig["properties"]["applicationSecurityGroups"] = [{"id": a} for a in asgs]
        props: dict[str, Any] = {
            "ipConfigurations": [ipconfig],
            "dnsSettings": {"dnsServers": [], "appliedDnsServers": []},
            "enableAcceleratedNetworking": True,
            "enableIPForwarding": ip_forwarding,
            "primary": True,
            "nicType": "Standard",
        }
        if nsg_id:
            props["networkSecurityGroup"] = {"id": nsg_id}
        resource = self._network("networkInterfaces", name, props)
        resource["kind"] = "Regular"
        return rid

    def vm(
        self,
        name: str,
        nic_id: str,
        *,
        os_type: str = "Windows",
        security_type: str | None = "TrustedLaunch",
        secure_boot: bool = True,
        vtpm: bool = True,
        size: str = "Standard_D2s_v5",
        power: str = "running",
        attestation: str | None = None,
        location: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> str:
        """A VM with its instance view; ``attestation`` = "Succeeded" / "Failed" installs Guest Attestation."""
        rid = self._id("Microsoft.Compute/virtualMachines", name)
        location = location or self.location
        disk_id = self._id("Microsoft.Compute/disks", f"{name}_OsDisk_1_{stable_guid(rid, 'disk')[:8]}")
        managed_disk: dict[str, Any] = {"storageAccountType": "Premium_LRS", "id": disk_id}
        props: dict[str, Any] = {
            "vmId": stable_guid(rid, "vmId"),
            "hardwareProfile": {"vmSize": size},
            "storageProfile": {
                "imageReference": dict(IMAGES[os_type]),
                "osDisk": {
                    "osType": os_type,
                    "name": disk_id.rsplit("/", 1)[1],
                    "createOption": "FromImage",
                    "caching": "ReadWrite",
                    "managedDisk": managed_disk,
                    "deleteOption": "Delete",
                    "diskSizeGB": 127 if os_type == "Windows" else 30,
                },
                "dataDisks": [],
                "diskControllerType": "SCSI",
            },
            "osProfile": {
                "computerName": name,
                "adminUsername": "azureadmin",
                **(
                    {
                        "windowsConfiguration": {
                            "provisionVMAgent": True,
                            "enableAutomaticUpdates": True,
                            "patchSettings": {"patchMode": "AutomaticByOS", "assessmentMode": "ImageDefault"},
                        }
                    }
                    if os_type == "Windows"
                    else {
                        "linuxConfiguration": {
                            "disablePasswordAuthentication": True,
                            "provisionVMAgent": True,
                            "patchSettings": {"patchMode": "ImageDefault", "assessmentMode": "ImageDefault"},
                        }
                    }
                ),
                "secrets": [],
                "allowExtensionOperations": True,
            },
            "networkProfile": {"networkInterfaces": [{"id": nic_id, "properties": {"primary": True}}]},
            "diagnosticsProfile": {"bootDiagnostics": {"enabled": True}},
            "provisioningState": "Succeeded",
            "timeCreated": CREATED,
        }
        if security_type is not None:
            profile: dict[str, Any] = {"securityType": security_type}
            if security_type in {"TrustedLaunch", "ConfidentialVM"}:
                profile["uefiSettings"] = {"secureBootEnabled": secure_boot, "vTpmEnabled": vtpm}
            props["securityProfile"] = profile
        if security_type == "ConfidentialVM":
            managed_disk["securityProfile"] = {"securityEncryptionType": "DiskWithVMGuestState"}
        os_name, os_version = OS_NAMES[os_type]
        view: dict[str, Any] = {
            "computerName": name,
            "osName": os_name,
            "osVersion": os_version,
            "vmAgent": {
                "vmAgentVersion": "2.7.41491.1183" if os_type == "Windows" else "2.13.1.1",
                "statuses": [
                    {
                        "code": "ProvisioningState/succeeded",
                        "level": "Info",
                        "displayStatus": "Ready",
                        "message": "GuestAgent is running and processing the extensions.",
                        "time": CREATED,
                    }
                ],
            },
            "hyperVGeneration": "V2",
            "statuses": [iv.provisioning_status("succeeded", CREATED), iv.power_status(power)],
        }
        vm: dict[str, Any] = {
            "name": name,
            "id": rid,
            "type": "Microsoft.Compute/virtualMachines",
            "location": location,
            "etag": '"1"',
            "properties": props,
        }
        if tags:
            vm["tags"] = tags
        self.resources.append(vm)
        if attestation is not None:
            publisher = GA_PUBLISHER[os_type]
            ext_id = f"{rid}/extensions/GuestAttestation"
            self.resources.append(
                {
                    "name": "GuestAttestation",
                    "id": ext_id,
                    "type": "Microsoft.Compute/virtualMachines/extensions",
                    "location": location,
                    "properties": {
                        "autoUpgradeMinorVersion": True,
                        "enableAutomaticUpgrade": True,
                        "provisioningState": attestation,
                        "publisher": publisher,
                        "type": "GuestAttestation",
                        "typeHandlerVersion": "1.0",
                        "settings": GA_SETTINGS,
                    },
                }
            )
            view["extensions"] = [
                iv.extension_handler_status(
                    "GuestAttestation", publisher, "GuestAttestation", "1.0.5.0", succeeded=attestation == "Succeeded"
                )
            ]
        props["instanceView"] = view
        return rid

    def simulate(self, vm_id: str, **settings: Any) -> None:
        self.simulation_vms.setdefault(vm_id, {}).update(settings)

    def firewall(
        self,
        name: str,
        subnet_id: str,
        private_ip: str,
        public_ip_id: str,
        *,
        network_collections: list[dict[str, Any]] | None = None,
        application_collections: list[dict[str, Any]] | None = None,
        policy_id: str | None = None,
    ) -> str:
        rid = self._id("Microsoft.Network/azureFirewalls", name)
        props: dict[str, Any] = {
            "sku": {"name": "AZFW_VNet", "tier": "Standard"},
            "threatIntelMode": "Alert",
            "ipConfigurations": [
                {
                    "name": "fw-ipconfig",
                    "id": f"{rid}/azureFirewallIpConfigurations/fw-ipconfig",
                    "etag": etag(rid, "ipconfig"),
                    "type": "Microsoft.Network/azureFirewalls/azureFirewallIpConfigurations",
                    "properties": {
                        "provisioningState": "Succeeded",
                        "privateIPAddress": private_ip,
                        "subnet": {"id": subnet_id},
                        "publicIPAddress": {"id": public_ip_id},
                    },
                }
            ],
            "networkRuleCollections": [],
            "applicationRuleCollections": [],
            "natRuleCollections": [],
        }
        if policy_id:
            props["firewallPolicy"] = {"id": policy_id}
            props.pop("networkRuleCollections")
            props.pop("applicationRuleCollections")
            props.pop("natRuleCollections")
        else:
            props["networkRuleCollections"] = [
                self._collection(rid, "networkRuleCollections", c) for c in network_collections or []
            ]
            props["applicationRuleCollections"] = [
                self._collection(rid, "applicationRuleCollections", c) for c in application_collections or []
            ]
        self._network("azureFirewalls", name, props)
        return rid

    @staticmethod
    def _collection(fw_id: str, kind: str, spec: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": spec["name"],
            "id": f"{fw_id}/{kind}/{spec['name']}",
            "etag": etag(fw_id, spec["name"]),
            "properties": {
                "provisioningState": "Succeeded",
                "priority": spec["priority"],
                "action": {"type": spec.get("action", "Allow")},
                "rules": spec["rules"],
            },
        }

    def firewall_policy(self, name: str, groups: list[tuple[str, int, list[dict[str, Any]]]]) -> str:
        """``groups``: (rule collection group name, priority, ruleCollections)."""
        rid = self._id("Microsoft.Network/firewallPolicies", name)
        group_ids = [f"{rid}/ruleCollectionGroups/{g[0]}" for g in groups]
        self._network(
            "firewallPolicies",
            name,
            {
                "sku": {"tier": "Standard"},
                "threatIntelMode": "Alert",
                "ruleCollectionGroups": [{"id": g} for g in group_ids],
                "firewalls": [],
                "childPolicies": [],
            },
        )
        for (group_name, priority, collections), group_id in zip(groups, group_ids, strict=True):
            self.resources.append(
                {
                    "name": group_name,
                    "id": group_id,
                    "etag": etag(group_id),
                    "type": "Microsoft.Network/firewallPolicies/ruleCollectionGroups",
                    "properties": {
                        "provisioningState": "Succeeded",
                        "priority": priority,
                        "size": "0.002 MB",
                        "ruleCollections": collections,
                    },
                }
            )
        return rid


def service_tags_resource(subscription: str, values: list[dict[str, Any]], change_number: int) -> dict[str, Any]:
    """The body of the service tags list API (``changeNumber`` is a string there)."""
    return {
        "name": "Public",
        "id": f"/subscriptions/{subscription}/providers/Microsoft.Network/serviceTags/Public",
        "type": "Microsoft.Network/serviceTags",
        "changeNumber": str(change_number),
        "cloud": "Public",
        "values": values,
    }
