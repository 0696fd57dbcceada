"""Smoke-test the ILL desk: list loans, then pull the overdue report."""

from fastapi.testclient import TestClient

from main import app

with TestClient(app) as client:
    loans = client.get("/loans")
    print("loans:", loans.status_code, len(loans.json()))
    report = client.get("/loans/overdue")
    print("overdue:", report.status_code, report.json())
