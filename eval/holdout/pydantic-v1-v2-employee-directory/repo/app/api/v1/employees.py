from typing import List

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from app.db.session import get_db
from app.models.employee import Employee
from app.schemas.employee import EmployeeOut

router = APIRouter()


@router.get("/", response_model=List[EmployeeOut])
def list_employees(active: bool = True, db: Session = Depends(get_db)):
    rows = db.query(Employee).filter(Employee.active == active).order_by(Employee.full_name).all()
    return [EmployeeOut.from_orm(row) for row in rows]


@router.get("/{employee_id}", response_model=EmployeeOut)
def get_employee(employee_id: int, db: Session = Depends(get_db)):
    employee = db.query(Employee).get(employee_id)
    if employee is None:
        raise HTTPException(status_code=404, detail="Employee not found")
    return EmployeeOut.from_orm(employee)
