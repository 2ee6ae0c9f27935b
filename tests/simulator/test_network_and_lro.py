"""Network resources, every long-running operation shape, validation, ETag/412, effective views, Resource Graph."""

from __future__ import annotations

import pytest
from azure.core import MatchConditions
from azure.core.exceptions import HttpResponseError, ResourceModifiedError
from azure.mgmt.compute import models as cm
from azure.mgmt.network import models as nm
from azure.mgmt.resourcegraph.models import QueryRequest, QueryRequestOptions

from core.simulator import SimulatorOptions, load_scenario
from tests.simulator.conftest import DEV, HUB, PROD, Env, run_sim

GA_SETTINGS = {"AttestationConfig": {"MaaSettings": {"maaEndpoint": "", "maaTenantName": "GuestAttestation"}}}


def _rule(priority: int, destination: str = "AzureAttestation", direction: str = "Outbound") -> nm.SecurityRule:
    return nm.SecurityRule(
        properties=nm.SecurityRulePropertiesFormat(
            protocol="Tcp",
            source_address_prefix="VirtualNetwork",
            source_port_range="*",
            destination_address_prefix=destination,
            destination_port_range="443",
            access="Allow",
            priority=priority,
            direction=direction,
        )
    )


def _extension(publisher: str) -> cm.VirtualMachineExtension:
    return cm.VirtualMachineExtension(
        location="westeurope",
        properties=cm.VirtualMachineExtensionProperties(
            publisher=publisher,
            type="GuestAttestation",
            type_handler_version="1.0",
            auto_upgrade_minor_version=True,
            settings=GA_SETTINGS,
        ),
    )


def test_extension_put_lro_succeeds_when_attestation_is_reachable() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        poller = await compute.virtual_machine_extensions.begin_create_or_update(
            "rg-app-gwc", "vm-app-02", "GuestAttestation", _extension("Microsoft.Azure.Security.WindowsAttestation")
        )
        result = await poller.result()
        assert result.properties.provisioning_state == "Succeeded"
        ops = env.operations()
        assert ops[0] == "VirtualMachineExtensions_CreateOrUpdate"
        assert ops.count("AsyncOperation_Get") == 2  # lro_polls=1: one InProgress, then Succeeded
        assert ops[-1] == "VirtualMachineExtensions_Get"
        vm = await compute.virtual_machines.get("rg-app-gwc", "vm-app-02", expand="instanceView")
        assert vm.properties.instance_view.extensions[0].statuses[0].code == "ProvisioningState/succeeded"
        listed = await compute.virtual_machine_extensions.list("rg-app-gwc", "vm-app-02")
        assert [e.name for e in listed.value] == ["GuestAttestation"]

    run_sim(body)


def test_extension_fails_with_documented_message_when_nsg_blocks() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        poller = await compute.virtual_machine_extensions.begin_create_or_update(
            "rg-web-locked", "vm-web-07", "GuestAttestation", _extension("Microsoft.Azure.Security.WindowsAttestation")
        )
        with pytest.raises(HttpResponseError) as failed:
            await poller.result()
        assert failed.value.error.code == "VMExtensionProvisioningError"
        assert "Microsoft.Azure.Security.WindowsAttestation.GuestAttestation provisioning failed." in str(failed.value)
        ext = await compute.virtual_machine_extensions.get("rg-web-locked", "vm-web-07", "GuestAttestation")
        assert ext.properties.provisioning_state == "Failed"

    run_sim(body)


def test_enabling_secure_boot_restarts_the_vm_and_heals_the_extension() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        before = await compute.virtual_machines.get("rg-sql", "vm-sql-04", expand="instanceView")
        assert before.properties.instance_view.extensions[0].statuses[0].code.startswith("ProvisioningState/failed")
        update = cm.VirtualMachineUpdate(
            properties=cm.VirtualMachineProperties(
                security_profile=cm.SecurityProfile(
                    uefi_settings=cm.UefiSettings(secure_boot_enabled=True, v_tpm_enabled=True)
                )
            )
        )
        poller = await compute.virtual_machines.begin_update(
            "rg-sql", "vm-sql-04", update, etag=before.etag, match_condition=MatchConditions.IfNotModified
        )
        after = await poller.result()
        assert after.properties.security_profile.uefi_settings.secure_boot_enabled is True
        assert after.etag != before.etag
        view = await compute.virtual_machines.instance_view("rg-sql", "vm-sql-04")
        assert "PowerState/running" in [s.code for s in view.statuses]
        assert view.extensions[0].statuses[0].code == "ProvisioningState/succeeded"
        with pytest.raises(ResourceModifiedError):
            await compute.virtual_machines.begin_update(
                "rg-sql", "vm-sql-04", update, etag=before.etag, match_condition=MatchConditions.IfNotModified
            )

    run_sim(body)


def test_run_command_post_lro_returns_scripted_output() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(DEV)
        poller = await compute.virtual_machines.begin_run_command(
            "rg-proxy", "vm-lnx-14", cm.RunCommandInput(command_id="RunShellScript", script=["env | grep -i proxy"])
        )
        result = await poller.result()
        assert "https_proxy=http://proxy.contoso.local:3128" in result.value[0].message
        assert "AsyncOperationResult_Get" in env.operations()  # the final GET on Location

    run_sim(body)


def test_security_rule_create_validate_etag_and_delete() -> None:
    async def body(env: Env) -> None:
        network = env.network(PROD)
        rules = network.security_rules
        created = await (
            await rules.begin_create_or_update("rg-web-locked", "nsg-vm-web-07-nic", "Allow-Att", _rule(150))
        ).result()
        assert created.properties.provisioning_state == "Succeeded"
        nsg = await network.network_security_groups.get("rg-web-locked", "nsg-vm-web-07-nic")
        assert "Allow-Att" in [r.name for r in nsg.properties.security_rules]
        with pytest.raises(HttpResponseError) as conflict:
            await rules.begin_create_or_update("rg-web-locked", "nsg-vm-web-07-nic", "Other", _rule(100))
        assert conflict.value.error.code == "SecurityRuleConflict"
        with pytest.raises(HttpResponseError) as priority:
            await rules.begin_create_or_update("rg-web-locked", "nsg-vm-web-07-nic", "Other", _rule(5000))
        assert priority.value.error.code == "SecurityRuleInvalidPriority"
        with pytest.raises(HttpResponseError) as tag:
            await rules.begin_create_or_update(
                "rg-web-locked", "nsg-vm-web-07-nic", "Other", _rule(300, "AzureAttestaton")
            )
        assert tag.value.error.code == "SecurityRuleInvalidAddressPrefix"
        with pytest.raises(HttpResponseError) as stale:
            await rules.begin_create_or_update(
                "rg-web-locked", "nsg-vm-web-07-nic", "Allow-Att", _rule(110), headers={"If-Match": 'W/"stale"'}
            )
        assert stale.value.status_code == 412 and stale.value.error.code == "PreconditionFailed"
        fresh = await rules.get("rg-web-locked", "nsg-vm-web-07-nic", "Allow-Att")
        updated = await (
            await rules.begin_create_or_update(
                "rg-web-locked", "nsg-vm-web-07-nic", "Allow-Att", _rule(110), headers={"If-Match": fresh.etag}
            )
        ).result()
        assert updated.properties.priority == 110
        await (await rules.begin_delete("rg-web-locked", "nsg-vm-web-07-nic", "Allow-Att")).result()
        assert "Allow-Att" not in [r.name async for r in rules.list("rg-web-locked", "nsg-vm-web-07-nic")]
        assert env.operations().count("SecurityRules_Delete") == 1

    run_sim(body)


def test_effective_rules_routes_and_service_tags() -> None:
    async def body(env: Env) -> None:
        network = env.network(PROD)
        groups = await (
            await network.network_interfaces.begin_list_effective_network_security_groups(
                "rg-web-locked", "nic-vm-web-07"
            )
        ).result()
        names = [r.name for r in groups.value[0].effective_security_rules]
        assert names[0] == "securityRules/Deny-Internet-Outbound"
        assert "defaultSecurityRules/AllowInternetOutBound" in names
        routes = await (
            await network.network_interfaces.begin_get_effective_route_table("rg-finance", "nic-vm-fin-09")
        ).result()
        user = [r for r in routes.value if r.source == "User"]
        assert user[0].next_hop_type == "VirtualAppliance" and user[0].next_hop_ip_address == ["10.100.0.4"]
        default = next(r for r in routes.value if r.address_prefix == ["0.0.0.0/0"] and r.source == "Default")
        assert default.state == "Invalid"
        tags = await network.service_tags.list("westeurope")
        attestation = next(v for v in tags.values_property if v.name == "AzureAttestation")
        assert len(attestation.properties.address_prefixes) == 185

    run_sim(body)


def test_firewalls_policies_and_rule_collection_groups() -> None:
    async def body(env: Env) -> None:
        network = env.network(HUB)
        firewall = await network.azure_firewalls.get("rg-hub-weu", "fw-hub-weu")
        assert firewall.properties.ip_configurations[0].properties.private_ip_address == "10.100.0.4"
        collection = firewall.properties.network_rule_collections[0]
        assert collection.name == "Allow-Infrastructure"
        firewall.properties.network_rule_collections.append(
            nm.AzureFirewallNetworkRuleCollection(
                name="Allow-Attestation",
                properties=nm.AzureFirewallNetworkRuleCollectionPropertiesFormat(
                    priority=210,
                    action=nm.AzureFirewallRCAction(type="Allow"),
                    rules=[
                        nm.AzureFirewallNetworkRule(
                            name="att",
                            protocols=["TCP"],
                            source_addresses=["10.0.0.0/8"],
                            destination_addresses=["AzureAttestation"],
                            destination_ports=["443"],
                        )
                    ],
                ),
            )
        )
        saved = await (
            await network.azure_firewalls.begin_create_or_update(
                "rg-hub-weu", "fw-hub-weu", firewall, headers={"If-Match": firewall.etag}
            )
        ).result()
        assert [c.name for c in saved.properties.network_rule_collections] == [
            "Allow-Infrastructure",
            "Allow-Attestation",
        ]
        groups = [g async for g in network.firewall_policy_rule_collection_groups.list("rg-hub-gwc", "fwpol-hub-gwc")]
        assert [g.name for g in groups] == ["DefaultNetworkRuleCollectionGroup"]
        assert isinstance(groups[0].properties.rule_collections[0], nm.FirewallPolicyFilterRuleCollection)

    run_sim(body)


def test_resource_graph_lists_vms_with_security_profile_across_subscriptions() -> None:
    async def body(env: Env) -> None:
        graph = env.graph()
        rows, token = [], None
        query = (
            "Resources | where type =~ 'microsoft.compute/virtualmachines' "
            "| project id, name, subscriptionId, securityType = tostring(properties.securityProfile.securityType), "
            "secureBoot = properties.securityProfile.uefiSettings.secureBootEnabled"
        )
        while True:
            response = await graph.resources(
                QueryRequest(
                    subscriptions=[PROD, DEV],
                    query=query,
                    options=QueryRequestOptions(top=4, skip_token=token, result_format="objectArray"),
                )
            )
            rows += response.data
            token = response.skip_token
            if not token:
                break
        expected = [
            r
            for r in load_scenario("demo")["resources"]
            if r["type"] == "Microsoft.Compute/virtualMachines" and f"/{HUB}/" not in r["id"]
        ]
        assert len(rows) == len(expected)
        by_name = {r["name"]: r for r in rows}
        assert by_name["vm-sql-04"]["securityType"] == "TrustedLaunch" and by_name["vm-sql-04"]["secureBoot"] is False
        assert by_name["vm-cvm-16"]["securityType"] == "ConfidentialVM"

    run_sim(body)


def test_slow_lro_and_another_operation_in_progress() -> None:
    async def body(env: Env) -> None:
        from core.simulator import FaultKind, FaultRule

        env.sim.add_fault(
            FaultRule(operation="SecurityRules_CreateOrUpdate", kind=FaultKind.LRO_SLOW, polls=4, times=1)
        )
        rules = env.network(PROD).security_rules
        poller = await rules.begin_create_or_update("rg-healthy", "nsg-web01-nic", "Allow-Att", _rule(200))
        with pytest.raises(HttpResponseError) as busy:
            await rules.begin_create_or_update("rg-healthy", "nsg-web01-nic", "Second", _rule(210))
        assert busy.value.error.code == "AnotherOperationInProgress"
        await poller.result()
        assert env.operations().count("AsyncOperation_Get") == 6  # 1 + 4 slow InProgress polls, then done

    run_sim(body, options=SimulatorOptions(lro_polls=1))
