"""Local stand-ins for what the probe script talks to: the attestation host (TLS), IMDS, the wire server, a proxy.

Every server listens on 127.0.0.1 only, runs on its own thread and is shut down and closed by :class:`Servers`.
"""

from __future__ import annotations

import http.server
import socket
import socketserver
import ssl
import threading
from types import TracebackType
from typing import Any

import trustme


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        return None


class _Imds(_Quiet):
    def do_GET(self) -> None:
        # Like IMDS: requests without "Metadata: true" are refused with 400.
        ok = self.headers.get("Metadata") == "true" and self.path.startswith("/metadata/")
        body = b"6c5f2d3e-1a2b-4c3d-9e8f-0a1b2c3d4e5f" if ok else b'{"error": "Bad request"}'
        self.send_response(200 if ok else 400)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _DenyingProxy(_Quiet):
    def do_CONNECT(self) -> None:
        self.send_response(403, "Forbidden")
        self.send_header("Content-Length", "0")
        self.end_headers()


class _Accept(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        return None  # the connection is enough; socketserver closes it


class _Tls(socketserver.BaseRequestHandler):
    context: ssl.SSLContext

    def handle(self) -> None:
        self.request.settimeout(5)
        try:
            with self.server.context.wrap_socket(self.request, server_side=True) as tls:  # type: ignore[attr-defined]
                tls.recv(1)  # until the client closes
        except (OSError, ssl.SSLError):
            pass


class _TcpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class _HttpServer(http.server.ThreadingHTTPServer):
    daemon_threads = True


class Servers:
    """Starts servers on 127.0.0.1 and stops them all on exit."""

    def __init__(self) -> None:
        self._servers: list[socketserver.BaseServer] = []
        self._threads: list[threading.Thread] = []

    def _start(self, server: socketserver.BaseServer) -> int:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        self._servers.append(server)
        self._threads.append(thread)
        return int(server.server_address[1])  # type: ignore[index]

    def tls(self, host: str, organization: str) -> int:
        """A TLS server for ``host`` whose certificate comes from a CA of ``organization``."""
        ca = trustme.CA(organization_name=organization)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert(host).configure_cert(context)
        server = _TcpServer(("127.0.0.1", 0), _Tls)
        server.context = context  # type: ignore[attr-defined]
        return self._start(server)

    def imds(self) -> int:
        return self._start(_HttpServer(("127.0.0.1", 0), _Imds))

    def denying_proxy(self) -> int:
        return self._start(_HttpServer(("127.0.0.1", 0), _DenyingProxy))

    def accepting(self) -> int:
        return self._start(_TcpServer(("127.0.0.1", 0), _Accept))

    def __enter__(self) -> Servers:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(5)


def closed_port() -> int:
    """A port on 127.0.0.1 nobody listens on (connections are refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
