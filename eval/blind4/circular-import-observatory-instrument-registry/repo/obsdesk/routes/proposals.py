from fastapi import APIRouter

from obsdesk.allocation import allocate_semester
from obsdesk.constants import CURRENT_SEMESTER
from obsdesk.schemas import Allocation, Proposal

router = APIRouter(prefix="/semesters", tags=["allocation"])


@router.post(f"/{CURRENT_SEMESTER}/allocate", response_model=list[Allocation])
def allocate(proposals: list[Proposal]) -> list[Allocation]:
    return allocate_semester(proposals)
