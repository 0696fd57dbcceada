from __future__ import annotations

from travel.integrations.weather import Forecast


def packing_list(forecast: Forecast, nights: int) -> list[str]:
    items = [f"{nights + 1} x socks", "toothbrush", "charger"]
    if forecast.low_c < 5:
        items += ["thermal layer", "gloves"]
    if "rain" in forecast.summary or "showers" in forecast.summary:
        items.append("umbrella")
    if forecast.high_c > 20:
        items.append("sunscreen")
    return items
