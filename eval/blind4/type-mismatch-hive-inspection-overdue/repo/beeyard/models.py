from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class HiveBase(SQLModel):
    tag: str = Field(index=True, unique=True)
    apiary: str
    queen_marked: bool = False


class Hive(HiveBase, table=True):
    id: int | None = Field(default=None, primary_key=True)


class InspectionBase(SQLModel):
    inspected_at: datetime
    brood_frames: int = Field(ge=0, le=20)
    queen_seen: bool = False
    eggs_seen: bool = False
    notes: str = ""


class Inspection(InspectionBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    hive_id: int = Field(foreign_key="hive.id", index=True)


class InspectionCreate(InspectionBase):
    pass


class OverdueHive(SQLModel):
    tag: str
    apiary: str
    days_since_inspection: int
    interval_days: int
