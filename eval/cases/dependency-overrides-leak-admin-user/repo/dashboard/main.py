from fastapi import FastAPI

from dashboard.routes import reports

app = FastAPI(title="growth-dashboard")
app.include_router(reports.router)
