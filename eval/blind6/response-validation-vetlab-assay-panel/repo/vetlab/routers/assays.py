from __future__ import annotations

from fastapi import APIRouter, HTTPException

from vetlab.schemas import AssayPanelOut
from vetlab.services.panels import PanelNotFound, panel_summary

router = APIRouter(prefix="/samples", tags=["assays"])


@router.get("/{sample_id}/panels/{panel}", response_model=AssayPanelOut)
def read_panel(sample_id: str, panel: str) -> dict:
    try:
        return panel_summary(sample_id, panel)
    except PanelNotFound:
        raise HTTPException(status_code=404, detail="panel not found") from None
