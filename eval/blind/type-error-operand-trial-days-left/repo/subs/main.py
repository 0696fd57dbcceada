from fastapi import FastAPI, HTTPException

from . import store
from .models import Subscription, TrialStatus
from .trial import trial_status

app = FastAPI(title="subscriptions")


@app.put("/subscriptions/{account_id}", response_model=Subscription)
def upsert(account_id: str, sub: Subscription) -> Subscription:
    if sub.account_id != account_id:
        raise HTTPException(status_code=400, detail="account mismatch")
    return store.save(sub)


@app.get("/subscriptions/{account_id}/trial", response_model=TrialStatus)
def get_trial(account_id: str) -> TrialStatus:
    sub = store.get(account_id)
    if sub is None:
        raise HTTPException(status_code=404, detail="no subscription")
    return trial_status(sub)
