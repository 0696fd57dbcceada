from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from orchard import repository
from orchard.cards import build_card
from orchard.db import get_db
from orchard.schemas import HarvestIn, TreeCard, TreeIn

router = APIRouter(prefix="/trees", tags=["trees"])


@router.post("", status_code=201)
def create_tree(payload: TreeIn, db: Session = Depends(get_db)) -> dict[str, str]:
    if repository.get_by_tag(db, payload.tag) is not None:
        raise HTTPException(status_code=409, detail="tag already in use")
    tree = repository.add_tree(db, **payload.model_dump())
    return {"tag": tree.tag}


@router.post("/{tag}/harvests", status_code=201)
def add_harvest(tag: str, payload: HarvestIn, db: Session = Depends(get_db)) -> dict[str, int]:
    tree = repository.get_by_tag(db, tag)
    if tree is None:
        raise HTTPException(status_code=404, detail="unknown tree")
    harvest = repository.log_harvest(db, tree, **payload.model_dump())
    return {"id": harvest.id}


@router.get("/{tag}/card", response_model=TreeCard)
def tree_card(tag: str, db: Session = Depends(get_db)) -> TreeCard:
    tree = repository.get_by_tag(db, tag)
    return build_card(tree, today=date.today())
