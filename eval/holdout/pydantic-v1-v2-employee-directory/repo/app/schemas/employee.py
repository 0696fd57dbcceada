from datetime import date
from typing import Optional

from pydantic import BaseModel


class DepartmentOut(BaseModel):
    id: int
    name: str

    class Config:
        orm_mode = True


class EmployeeBase(BaseModel):
    full_name: str
    title: Optional[str] = None
    email: str
    hired_on: Optional[date] = None


class EmployeeOut(EmployeeBase):
    id: int
    active: bool
    department: Optional[DepartmentOut] = None

    class Config:
        orm_mode = True
