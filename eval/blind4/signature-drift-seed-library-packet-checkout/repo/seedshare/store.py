"""JSON-backed ledger of members, seed packets and open loans."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass
class Member:
    member_id: str
    name: str
    max_open_loans: int = 4


@dataclass
class Packet:
    code: str
    variety: str
    stock: int


@dataclass
class Loan:
    member_id: str
    packet_code: str
    due: date


@dataclass
class Ledger:
    members: dict[str, Member] = field(default_factory=dict)
    packets: dict[str, Packet] = field(default_factory=dict)
    loans: list[Loan] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Ledger:
        raw = json.loads(path.read_text(encoding="utf-8"))
        ledger = cls()
        for m in raw.get("members", []):
            ledger.members[m["member_id"]] = Member(**m)
        for p in raw.get("packets", []):
            ledger.packets[p["code"]] = Packet(**p)
        for loan in raw.get("loans", []):
            ledger.loans.append(
                Loan(loan["member_id"], loan["packet_code"], date.fromisoformat(loan["due"]))
            )
        return ledger

    def member(self, member_id: str) -> Member:
        try:
            return self.members[member_id]
        except KeyError:
            raise LookupError(f"unknown member {member_id!r}") from None

    def packet(self, code: str) -> Packet:
        try:
            return self.packets[code]
        except KeyError:
            raise LookupError(f"unknown packet {code!r}") from None

    def open_loans(self, member_id: str) -> list[Loan]:
        return [loan for loan in self.loans if loan.member_id == member_id]
