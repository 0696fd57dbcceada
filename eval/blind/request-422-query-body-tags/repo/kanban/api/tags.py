from fastapi import APIRouter, status

from ..schemas import TagOut
from ..store import TAGS, add_tag

router = APIRouter(prefix="/tags", tags=["tags"])


@router.get("", response_model=list[TagOut])
def list_tags():
    return list(TAGS.values())


@router.post("", response_model=TagOut, status_code=status.HTTP_201_CREATED)
def create_tag(name: str, color: str = "gray"):
    return add_tag(name.strip(), color)
