from __future__ import annotations

from fastapi import FastAPI, Query

from travel.integrations import weather
from travel.packing import packing_list

app = FastAPI(title="trip-planner")


@app.get("/trips/{city}/packing")
async def trip_packing(city: str, nights: int = Query(3, ge=1, le=30)) -> dict:
    forecast = weather.forecast_sync(city)
    return {"city": forecast.city, "forecast": forecast.summary, "items": packing_list(forecast, nights)}
