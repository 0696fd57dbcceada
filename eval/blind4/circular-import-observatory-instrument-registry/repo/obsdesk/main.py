from fastapi import FastAPI

from obsdesk.constants import SITE_NAME
from obsdesk.routes import instruments, proposals

app = FastAPI(title=f"{SITE_NAME} front desk")
app.include_router(instruments.router)
app.include_router(proposals.router)
