"""Sign-in trusts the OS certificate store, as the ARM calls do: a TLS-inspection CA the OS knows is accepted.

The simulator's per-run CA plays the company CA. ``SSL_CERT_FILE`` is OpenSSL's override of the system store,
which truststore reads on Linux; certifi's bundle (all that plain requests would trust) does not contain it.
"""

from __future__ import annotations

import dataclasses
import threading

import pytest
import requests

from core.azure.signin import SignInMethod, _CancellableTransport
from tests.signin.conftest import SimIdentity, enter_device_code, make_signin


def test_the_os_store_is_what_makes_the_handshake_succeed(sim: SimIdentity, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(sim.background.ca_path))
    url = sim.background.endpoint + f"/{sim.tenant_id}/v2.0/.well-known/openid-configuration"
    with _CancellableTransport(threading.Event(), os_trust=True, use_env_settings=False) as transport:
        response = transport.session.get(url, timeout=10)
        assert response.status_code == 200 and "token_endpoint" in response.json()
    with (
        _CancellableTransport(threading.Event(), use_env_settings=False) as certifi_only,
        pytest.raises(requests.exceptions.SSLError),
    ):
        certifi_only.session.get(url, timeout=10)


def test_device_code_sign_in_through_a_ca_only_the_os_trusts(sim: SimIdentity, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(sim.background.ca_path))
    # As for real Azure: no CA handed to the transport, so only the OS store can vouch for the server.
    sim = dataclasses.replace(sim, endpoint=dataclasses.replace(sim.endpoint, ca_path=None))
    signin = make_signin(sim, SignInMethod.DEVICE_CODE, prompt=enter_device_code(sim))
    try:
        signed_in = signin.interactive()
    finally:
        signin.close()
    assert signed_in.username == "alex.admin@contoso.example"
    assert sim.platform.grants_seen[-1] == "urn:ietf:params:oauth:grant-type:device_code"
