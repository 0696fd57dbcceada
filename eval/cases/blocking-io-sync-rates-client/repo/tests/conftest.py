"""Fixtures: a stub of the rates service and the app served by a real uvicorn in a thread."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import uvicorn

RATES_LATENCY = 1.5  # the treasury service's p99 latency


class _RatesHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(RATES_LATENCY)
        body = json.dumps({"base": "EUR", "rates": {"USD": 1.0842, "GBP": 0.8571}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def rates_stub():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RatesHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/latest"
    server.shutdown()


@pytest.fixture
def live_server(rates_stub, monkeypatch):
    from fxquote import app as app_module
    from fxquote import settings

    monkeypatch.setattr(settings, "RATES_URL", rates_stub)
    monkeypatch.setattr(app_module, "_client", None)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app_module.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(f"{base}/health", timeout=0.5)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    yield base
    server.should_exit = True
    thread.join(timeout=10)
