"""The fleet's Resource Graph query family (KQL), in one place.

One row per VM carries everything the status and the shared causes need: the VM's security profile and power
state, its Guest Attestation extension (publisher and handler, as the built-in policies detect it), its primary
NIC's subnet, private IP and NSG, and Defender's assessment "Guest attestation status should be healthy". ARG
allows three joins per query, one of them across tables (Resources ⋈ SecurityResources) — exactly what this
uses. Results are sorted, so paging with ``$skipToken`` is repeatable.
"""

from __future__ import annotations

HEALTH_ASSESSMENT = "b7604066-ed76-45f9-a5c1-c97e4812dc55"

VM_QUERY = f"""
Resources
| where type =~ 'microsoft.compute/virtualmachines'
| project vmKey = tolower(id), nicKey = tolower(tostring(properties.networkProfile.networkInterfaces[0].id)),
    id, name, subscriptionId, resourceGroup, location,
    osType = tostring(properties.storageProfile.osDisk.osType),
    securityType = tostring(properties.securityProfile.securityType),
    secureBoot = tostring(properties.securityProfile.uefiSettings.secureBootEnabled),
    vTpm = tostring(properties.securityProfile.uefiSettings.vTpmEnabled),
    powerState = tostring(properties.extended.instanceView.powerState.code)
| join kind=leftouter (
    Resources
    | where type =~ 'microsoft.compute/virtualmachines/extensions'
    | where tostring(properties.type) =~ 'GuestAttestation'
        and tostring(properties.publisher) in~ ('Microsoft.Azure.Security.WindowsAttestation',
                                                'Microsoft.Azure.Security.LinuxAttestation')
    | project vmKey = tolower(tostring(split(id, '/extensions/')[0])), extensionName = name,
        extensionState = tostring(properties.provisioningState)
  ) on vmKey
| join kind=leftouter (
    Resources
    | where type =~ 'microsoft.network/networkinterfaces'
    | project nicKey = tolower(id), nicId = id,
        subnetId = tostring(properties.ipConfigurations[0].properties.subnet.id),
        privateIp = tostring(properties.ipConfigurations[0].properties.privateIPAddress),
        nicNsgId = tostring(properties.networkSecurityGroup.id)
  ) on nicKey
| join kind=leftouter (
    SecurityResources
    | where type == 'microsoft.security/assessments' and name == '{HEALTH_ASSESSMENT}'
    | project vmKey = tolower(tostring(coalesce(properties.resourceDetails.Id, properties.resourceDetails.id))),
        defenderStatus = tostring(properties.status.code)
  ) on vmKey
| project id, name, subscriptionId, resourceGroup, location, osType, securityType, secureBoot, vTpm, powerState,
    extensionName, extensionState, nicId, subnetId, privateIp, nicNsgId, defenderStatus
| order by id asc
"""

SCALE_SET_QUERY = """
Resources
| where type =~ 'microsoft.compute/virtualmachinescalesets'
| project id, name, subscriptionId, resourceGroup, location,
    osType = tostring(properties.virtualMachineProfile.storageProfile.osDisk.osType),
    securityType = tostring(properties.virtualMachineProfile.securityProfile.securityType),
    secureBoot = tostring(properties.virtualMachineProfile.securityProfile.uefiSettings.secureBootEnabled),
    vTpm = tostring(properties.virtualMachineProfile.securityProfile.uefiSettings.vTpmEnabled),
    extensions = properties.virtualMachineProfile.extensionProfile.extensions,
    capacity = toint(sku.capacity),
    subnetId = tostring(properties.virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0]
        .properties.ipConfigurations[0].properties.subnet.id)
| order by id asc
"""

# The network resources a shared-cause evaluation reads (ARM GET bodies, as ARG stores them).
NETWORK_QUERY = """
Resources
| where type in~ ('microsoft.network/networksecuritygroups', 'microsoft.network/virtualnetworks',
    'microsoft.network/routetables', 'microsoft.network/azurefirewalls', 'microsoft.network/firewallpolicies',
    'microsoft.network/ipgroups')
| project id, name, type, location, properties
| order by id asc
"""
