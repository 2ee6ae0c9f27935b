"""Subscriptions, resource groups and VMs through the real async SDK clients."""

from __future__ import annotations

import pytest
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError, ResourceNotFoundError

from core.simulator import SimulatorOptions, load_scenario
from tests.simulator.conftest import DEV, HUB, PROD, Env, run_sim


def test_subscriptions_list_returns_the_demo_subscriptions() -> None:
    async def body(env: Env) -> None:
        subs = [s async for s in env.subscriptions().subscriptions.list()]
        assert {s.subscription_id for s in subs} == {PROD, DEV, HUB}
        assert {s.display_name for s in subs} >= {"Contoso Production", "Contoso Development"}
        assert all(s.state == "Enabled" for s in subs)

    run_sim(body)


def test_list_all_pages_with_next_link_and_keeps_expand() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        pages = []
        async for page in compute.virtual_machines.list_all(expand="instanceView").by_page():
            pages.append([vm async for vm in page])
        sizes = [len(p) for p in pages]
        assert len(sizes) > 1 and all(s == 3 for s in sizes[:-1])
        vms = [vm for p in pages for vm in p]
        assert len({vm.id.lower() for vm in vms}) == len(vms)
        assert all(vm.properties.instance_view is not None for vm in vms)
        list_calls = [r for r in env.sim.request_log if r.operation == "VirtualMachines_ListAll"]
        assert len(list_calls) == len(pages)
        assert all("%24expand=instanceView" in r.query or "$expand=instanceView" in r.query for r in list_calls)

    run_sim(body, options=SimulatorOptions(page_size=3))


def test_list_without_expand_has_no_instance_view_and_list_per_group() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(DEV)
        all_vms = [vm async for vm in compute.virtual_machines.list_all()]
        assert all_vms and all(vm.properties.instance_view is None for vm in all_vms)
        in_group = [vm async for vm in compute.virtual_machines.list("rg-linux-dev")]
        assert [vm.name for vm in in_group] == ["vm-lnx-03"]

    run_sim(body)


def test_get_vm_with_and_without_instance_view() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        plain = await compute.virtual_machines.get("rg-healthy", "vm-web-01")
        assert plain.properties.instance_view is None
        assert plain.properties.security_profile.security_type == "TrustedLaunch"
        assert plain.properties.security_profile.uefi_settings.secure_boot_enabled is True
        expanded = await compute.virtual_machines.get("RG-HEALTHY", "VM-WEB-01", expand="instanceView")
        statuses = [s.code for s in expanded.properties.instance_view.statuses]
        assert "PowerState/running" in statuses
        ga = expanded.properties.instance_view.extensions[0]
        assert ga.type == "Microsoft.Azure.Security.WindowsAttestation.GuestAttestation"
        assert ga.statuses[0].code == "ProvisioningState/succeeded"
        view = await compute.virtual_machines.instance_view("rg-healthy", "vm-web-01")
        assert view.computer_name == "vm-web-01"

    run_sim(body)


def test_missing_vm_group_and_subscription_give_arm_codes() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        with pytest.raises(ResourceNotFoundError) as vm_missing:
            await compute.virtual_machines.get("rg-healthy", "vm-nope")
        assert vm_missing.value.error.code == "ResourceNotFound"
        with pytest.raises(ResourceNotFoundError) as rg_missing:
            await compute.virtual_machines.get("rg-nope", "vm-web-01")
        assert rg_missing.value.error.code == "ResourceGroupNotFound"
        unknown = env.compute("00000000-0000-0000-0000-000000000001")
        with pytest.raises(HttpResponseError) as sub_missing:
            await unknown.virtual_machines.get("rg", "vm")
        assert sub_missing.value.error.code == "SubscriptionNotFound"

    run_sim(body)


def test_every_response_carries_request_ids_and_auth_is_required() -> None:
    async def body(env: Env) -> None:
        ok = await env.raw("GET", f"/subscriptions/{PROD}/resourcegroups?api-version=2022-09-01")
        assert ok.status == 200
        assert ok.headers["x-ms-request-id"] and ok.headers["x-ms-correlation-request-id"]
        groups = (await ok.json())["value"]
        assert "rg-healthy" in {g["name"] for g in groups}
        denied = await env.raw("GET", f"/subscriptions/{PROD}/resourcegroups?api-version=2022-09-01", token=None)
        assert denied.status == 401
        assert denied.headers["WWW-Authenticate"].startswith("Bearer authorization_uri=")
        assert (await denied.json())["error"]["code"] == "AuthenticationFailed"
        assert denied.headers["x-ms-request-id"]
        no_version = await env.raw("GET", f"/subscriptions/{PROD}/resourcegroups/rg-healthy")
        assert (await no_version.json())["error"]["code"] == "MissingApiVersionParameter"
        group = await env.raw("GET", f"/subscriptions/{PROD}/resourceGroups/RG-Healthy?api-version=2022-09-01")
        assert (await group.json())["location"] == "westeurope"

    run_sim(body)


def test_sdk_surfaces_missing_token_as_authentication_error() -> None:
    class EmptyToken:
        async def get_token(self, *scopes: str, **kwargs: object) -> object:
            from azure.core.credentials import AccessToken

            return AccessToken(" ", 2**31)

        async def close(self) -> None:
            return None

    async def body(env: Env) -> None:
        from azure.mgmt.compute.aio import ComputeManagementClient

        env.credential = EmptyToken()  # type: ignore[assignment]
        client = env._keep(ComputeManagementClient(env.credential, PROD, transport=env.transport()))
        with pytest.raises(ClientAuthenticationError):
            await client.virtual_machines.get("rg-healthy", "vm-web-01")

    run_sim(body)


def test_demo_tenant_has_varied_vms() -> None:
    demo = load_scenario("demo")
    vms = [r for r in demo["resources"] if r["type"] == "Microsoft.Compute/virtualMachines"]
    assert len(vms) >= 8
    assert {"westeurope", "germanywestcentral", "eastus"} <= {vm["location"] for vm in vms}
    kinds = {str((vm["properties"].get("securityProfile") or {}).get("securityType")) for vm in vms}
    assert {"TrustedLaunch", "ConfidentialVM", "Standard"} <= kinds
    assert {vm["properties"]["storageProfile"]["osDisk"]["osType"] for vm in vms} == {"Windows", "Linux"}
    assert all(vm["properties"]["networkProfile"]["networkInterfaces"] for vm in vms)
