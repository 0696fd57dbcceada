from fastapi import Depends, FastAPI

from .auth import CurrentUser, get_current_user, require_admin

app = FastAPI(title="reports")

REPORTS = {"q1-revenue": {"title": "Q1 revenue", "rows": 42}, "churn": {"title": "Churn", "rows": 12}}


@app.get("/reports")
def list_reports(user: CurrentUser = Depends(get_current_user)) -> list[str]:
    return sorted(REPORTS)


@app.delete("/reports/{slug}", status_code=204)
def delete_report(slug: str, admin: CurrentUser = Depends(require_admin)) -> None:
    REPORTS.pop(slug, None)
