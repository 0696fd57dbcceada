from __future__ import annotations

from fastapi import Depends, FastAPI
from pydantic import BaseModel, HttpUrl

from .config import WebhookConfig, load_config
from .delivery import deliver


class LoopbackTransport:
    """Stands in for the HTTP client in local/dev mode."""

    def post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
        return 204


class TestPing(BaseModel):
    url: HttpUrl
    event: str = "ping"


app = FastAPI()


@app.post("/webhooks/test")
def send_test(ping: TestPing, config: WebhookConfig = Depends(load_config)) -> dict[str, object]:
    result = deliver(config, LoopbackTransport(), str(ping.url), {"event": ping.event})
    return {"ok": result.ok, "attempts": len(result.attempts)}
