from fastapi import APIRouter, Query

router = APIRouter(prefix="/v1")

_FORECASTS = {
    "oslo": [{"day": "mon", "high_c": 4, "low_c": -2}, {"day": "tue", "high_c": 6, "low_c": 0}],
    "lisbon": [{"day": "mon", "high_c": 19, "low_c": 12}, {"day": "tue", "high_c": 21, "low_c": 13}],
}


@router.get("/forecast")
async def forecast(city: str = Query(min_length=2)):
    return {"city": city, "days": _FORECASTS.get(city.lower(), [])}
