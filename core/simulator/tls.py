"""A certificate authority generated per run (trustme), trusted only by clients that load its PEM."""

from __future__ import annotations

import ssl
from dataclasses import dataclass

import trustme


@dataclass(frozen=True)
class RunCertificates:
    ca_pem: bytes
    server_context: ssl.SSLContext


def issue_certificates() -> RunCertificates:
    ca = trustme.CA(organization_name="Boot Integrity Wizard simulated Azure")
    leaf = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(context)
    return RunCertificates(ca_pem=ca.cert_pem.bytes(), server_context=context)
