from fastapi import FastAPI

from app.routers import contact

app = FastAPI(title="support-site", docs_url=None)
app.include_router(contact.router)


@app.get("/healthz")
def healthz() -> dict[str, bool]:
    return {"ok": True}
