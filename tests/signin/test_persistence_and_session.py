"""Silent sign-in after a restart, the keyring check, reset, and a signed-in session against the simulated ARM."""

from __future__ import annotations

import asyncio
import sys
import uuid
from pathlib import Path

import pytest
from azure.identity import TokenCachePersistenceOptions

from core.azure.inventory import list_subscriptions
from core.azure.signin import SignInMethod, reset_authentication
from core.azure.signin_store import AuthRecordStore, CacheProtection, TokenCachePlan, plan_token_cache
from core.tenant import TenantConnector
from tests.signin.conftest import SimIdentity, enter_device_code, make_signin


@pytest.fixture
def file_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> TokenCachePlan:
    """A persistent cache for tests: azure-identity's own file fallback under a temporary HOME.

    The product never allows plaintext (see signin_store); a test cannot reach a real keyring, so this stands in
    for one to prove the AuthenticationRecord + persistent cache mechanics.
    """
    if not sys.platform.startswith("linux"):
        pytest.skip("the file stand-in is azure-identity's Linux fallback; elsewhere it would use the real keychain")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    options = TokenCachePersistenceOptions(name=f"test-{uuid.uuid4().hex}", allow_unencrypted_storage=True)
    return TokenCachePlan(options, CacheProtection.ENCRYPTED, "test stand-in for the keyring")


def test_restart_signs_in_silently_with_record_and_persistent_cache(
    sim: SimIdentity, file_cache: TokenCachePlan
) -> None:
    sim.platform.access_token_lifetime_s = 60  # MSAL refreshes tokens expiring within 5 minutes: use the RT
    first = make_signin(sim, SignInMethod.DEVICE_CODE, cache=file_cache, prompt=enter_device_code(sim))
    try:
        first.interactive()
    finally:
        first.close()
    grants_before = list(sim.platform.grants_seen)

    second = make_signin(sim, SignInMethod.DEVICE_CODE, cache=file_cache, prompt=lambda *_: pytest.fail("asked"))
    try:
        signed_in = second.try_silent()
    finally:
        second.close()
    assert signed_in is not None and signed_in.silent
    assert signed_in.username == "alex.admin@contoso.example"
    assert sim.platform.grants_seen[len(grants_before) :] == ["refresh_token"]


def test_revoked_refresh_token_asks_again(sim: SimIdentity, file_cache: TokenCachePlan) -> None:
    sim.platform.access_token_lifetime_s = 60
    first = make_signin(sim, SignInMethod.DEVICE_CODE, cache=file_cache, prompt=enter_device_code(sim))
    try:
        first.interactive()
    finally:
        first.close()
    sim.platform.revoke_refresh_tokens()  # e.g. 90 days unused (AADSTS700082)
    second = make_signin(sim, SignInMethod.DEVICE_CODE, cache=file_cache)
    try:
        assert second.try_silent() is None
    finally:
        second.close()


def test_reset_forgets_records_and_cached_tokens(sim: SimIdentity, file_cache: TokenCachePlan) -> None:
    first = make_signin(sim, SignInMethod.DEVICE_CODE, cache=file_cache, prompt=enter_device_code(sim))
    try:
        first.interactive()
    finally:
        first.close()
    assert AuthRecordStore().usernames() == {"AzureCloud.device-code": "alex.admin@contoso.example"}
    removed = reset_authentication(AuthRecordStore(), file_cache)
    assert removed >= 4  # one record + access, refresh and ID token, account
    assert AuthRecordStore().load("AzureCloud", "device-code") is None
    second = make_signin(sim, SignInMethod.DEVICE_CODE, cache=file_cache)
    try:
        assert second.try_silent() is None
    finally:
        second.close()


def test_missing_keyring_is_detected_and_never_falls_back_to_plaintext(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setitem(sys.modules, "msal_extensions.libsecret", None)  # as without PyGObject / libsecret
    plan = plan_token_cache()
    assert plan.protection is CacheProtection.MEMORY_ONLY
    assert plan.options is None  # nothing is handed to azure-identity that could write a file
    assert plan.reason


def test_other_platforms_use_the_os_protection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    plan = plan_token_cache("x")
    assert plan.protection is CacheProtection.ENCRYPTED
    assert plan.options is not None and not plan.options.allow_unencrypted_storage


def test_signed_in_session_reaches_the_simulated_arm(sim: SimIdentity) -> None:
    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=enter_device_code(sim))
    signin.interactive()

    async def main() -> list[str]:
        connector = TenantConnector()
        try:
            session = await connector.open_signed_in(signin, sim.tenant_id)
            tenants = [t.tenant_id async for t in session.subscriptions().tenants.list()]
            assert tenants == [sim.tenant_id]
            return [s.id for s in await list_subscriptions(session)]
        finally:
            await connector.close()  # also closes the sign-in

    subscriptions = asyncio.run(main())
    assert sorted(subscriptions) == sorted(sim.background.subscription_ids())
    assert signin._credential is None  # closed by the connector
