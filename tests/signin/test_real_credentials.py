"""The real DeviceCodeCredential and InteractiveBrowserCredential sign in against the simulated identity platform."""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from core.azure.signin import SignInMethod
from core.azure.signin_errors import AADSTS_MESSAGES, CANCELLED, TLS_NOT_TRUSTED, SignInError
from core.azure.signin_store import AuthRecordStore
from core.simulator.identity import AadError
from tests.signin.conftest import TEST_CLIENT_ID, FakeBrowser, SimIdentity, enter_device_code, make_signin


def _claims(jwt: str) -> dict[str, object]:
    payload = jwt.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


def test_device_code_signs_in_and_saves_the_record(sim: SimIdentity) -> None:
    prompts: list[tuple[str, str]] = []
    answer = enter_device_code(sim)

    def prompt(uri: str, code: str, expires: object) -> None:
        prompts.append((uri, code))
        answer(uri, code, expires)

    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=prompt)
    try:
        signed_in = signin.interactive()
        token = signin._credential.get_token_info(sim.endpoint.cloud.arm_scope)
    finally:
        signin.close()
    assert signed_in.username == "alex.admin@contoso.example"
    assert signed_in.home_tenant_id == sim.tenant_id
    assert not signed_in.silent
    ((uri, code),) = prompts
    assert uri == sim.background.endpoint + "/devicelogin"
    assert len(code) == 9
    assert sim.platform.grants_seen[-1] == "urn:ietf:params:oauth:grant-type:device_code"
    claims = _claims(token.token)
    assert claims["tid"] == sim.tenant_id and claims["upn"] == "alex.admin@contoso.example" and claims["oid"]
    assert claims["aud"] == "https://management.azure.com"
    record = AuthRecordStore().load("AzureCloud", "device-code")
    assert record is not None
    assert record.authority == sim.endpoint.authority_host  # the issuer's host: the simulator, not Entra
    assert record.client_id == TEST_CLIENT_ID


def test_browser_signs_in_with_pkce_and_form_post(sim: SimIdentity, browser: FakeBrowser) -> None:
    signin = make_signin(sim, SignInMethod.BROWSER)
    try:
        signed_in = signin.interactive()
    finally:
        signin.close()
    assert signed_in.username == "alex.admin@contoso.example"
    (url,) = browser.opened
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    assert url.startswith(f"{sim.background.endpoint}/organizations/oauth2/v2.0/authorize?")
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["response_mode"] == "form_post"
    assert query["redirect_uri"].startswith("http://localhost:")
    assert query["client_id"] == TEST_CLIENT_ID
    assert browser.results == ["Authentication complete. You can close this window."]
    assert sim.platform.grants_seen == ["authorization_code"]
    assert AuthRecordStore().load("AzureCloud", "browser") is not None


def test_browser_signs_in_as_the_account_the_user_picks(sim: SimIdentity, browser: FakeBrowser) -> None:
    sim.platform.add_user("guest@fabrikam.example", "Guest")
    browser.login_hint = "guest@fabrikam.example"
    signin = make_signin(sim, SignInMethod.BROWSER)
    try:
        assert signin.interactive().username == "guest@fabrikam.example"
    finally:
        signin.close()


def test_restart_without_keyring_needs_a_new_sign_in(sim: SimIdentity) -> None:
    first = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=enter_device_code(sim))
    try:
        first.interactive()
    finally:
        first.close()
    second = make_signin(sim, SignInMethod.DEVICE_CODE)
    try:
        # The record is there, but the memory-only cache died with the first "process": ask, never guess.
        assert second.try_silent() is None
    finally:
        second.close()


def test_try_silent_without_a_record_returns_none(sim: SimIdentity) -> None:
    signin = make_signin(sim, SignInMethod.BROWSER)
    try:
        assert signin.try_silent() is None
    finally:
        signin.close()
    assert sim.platform.grants_seen == []


def test_mfa_required_is_explained(sim: SimIdentity) -> None:
    sim.platform.fail_next_token_request(AadError.MFA_REQUIRED)
    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=enter_device_code(sim))
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    assert caught.value.code == "AADSTS50076"
    assert caught.value.message == AADSTS_MESSAGES[50076]
    assert "multi-factor" in caught.value.render()
    assert "Trace ID" in caught.value.detail  # the original text stays for the ticket


def test_declined_in_the_browser_is_explained(sim: SimIdentity, browser: FakeBrowser) -> None:
    browser.decline = True
    signin = make_signin(sim, SignInMethod.BROWSER)
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    assert caught.value.code == "AADSTS65004"
    assert sim.platform.grants_seen == []  # no code, nothing redeemed


def test_declined_device_code_is_explained(sim: SimIdentity) -> None:
    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=enter_device_code(sim, decline=True))
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    assert caught.value.code == "AADSTS70020"


def test_expired_device_code_is_explained(sim: SimIdentity) -> None:
    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=lambda *_: sim.platform.expire_device_codes())
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    assert caught.value.code == "AADSTS70019"


def test_cancel_stops_device_code_polling(sim: SimIdentity) -> None:
    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=lambda *_: None)  # nobody enters the code
    threading.Timer(0.3, signin.cancel).start()
    started = time.monotonic()
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    assert caught.value.message == CANCELLED
    assert time.monotonic() - started < 5  # one poll interval, not the 15-minute code lifetime
    assert AuthRecordStore().load("AzureCloud", "device-code") is None


def test_cancel_stops_the_browser_wait(sim: SimIdentity, browser: FakeBrowser) -> None:
    browser.respond = False  # the user never completes the page
    signin = make_signin(sim, SignInMethod.BROWSER, timeout_s=60)
    threading.Timer(0.3, signin.cancel).start()
    started = time.monotonic()
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    assert caught.value.message == CANCELLED
    assert time.monotonic() - started < 5
    assert len(browser.opened) == 1


def test_tls_verification_stays_on(sim: SimIdentity, tmp_path: Path) -> None:
    """Measured: without the simulator's CA (connection_verify) the credential refuses the connection."""
    from dataclasses import replace

    sim.endpoint = replace(sim.endpoint, ca_path=None)
    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=enter_device_code(sim))
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    assert caught.value.message == TLS_NOT_TRUSTED  # what TLS inspection looks like: an issuer we do not trust
    assert "certificate" in caught.value.detail
