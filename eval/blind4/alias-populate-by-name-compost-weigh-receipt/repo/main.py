from typing import Annotated

from fastapi import Depends, FastAPI

from repository import WeighInRepository, get_repository
from schemas import RouteTally, WeighInRequest, WeighReceipt
from services import record_weigh_in
from settings import Settings, get_settings

app = FastAPI(title="Compost depot weigh-in")

Repo = Annotated[WeighInRepository, Depends(get_repository)]
Config = Annotated[Settings, Depends(get_settings)]


@app.post("/weigh-ins", response_model=WeighReceipt, status_code=201)
def create_weigh_in(payload: WeighInRequest, repo: Repo, settings: Config) -> WeighReceipt:
    return record_weigh_in(payload, repo, settings)


@app.get("/routes/{route_id}/tally", response_model=RouteTally)
def route_tally(route_id: str, repo: Repo) -> RouteTally:
    return repo.tally(route_id.upper())
