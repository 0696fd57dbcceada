from fastapi import Depends, FastAPI

from apikeys.security import require_scope
from apikeys.store import KeyRecord

app = FastAPI(title="metrics-api")


@app.get("/v1/metrics")
def metrics(key: KeyRecord = Depends(require_scope("metrics:read"))) -> dict:
    return {"owner": key.owner, "requests_today": 1284, "p95_ms": 212}
