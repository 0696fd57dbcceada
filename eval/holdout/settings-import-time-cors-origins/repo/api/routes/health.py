from fastapi import APIRouter, Depends

from api.settings import Settings, get_settings

router = APIRouter()


@router.get("/healthz")
def healthz(settings: Settings = Depends(get_settings)) -> dict:
    return {"status": "ok", "app": settings.app_name}
