"""Self-service kiosk flow at the library desk: scan a card, scan packets, print a slip."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from seedshare.loans import checkout_packets
from seedshare.store import Ledger, Loan


@dataclass
class KioskSession:
    ledger: Ledger
    member_id: str
    loan_days: int = 90
    scanned: list[str] = field(default_factory=list)

    def scan(self, code: str) -> None:
        code = code.strip().upper()
        if code and code not in self.scanned:
            self.scanned.append(code)

    def finish(self, today: date | None = None) -> list[Loan]:
        if not self.scanned:
            return []
        loans = checkout_packets(self.ledger, self.scanned, self.member_id, days=self.loan_days, today=today)
        self.scanned.clear()
        return loans


def render_slip(loans: list[Loan], ledger: Ledger) -> str:
    lines = ["SEED LIBRARY - LOAN SLIP", ""]
    for loan in loans:
        packet = ledger.packet(loan.packet_code)
        lines.append(f"  {packet.variety:<28} {loan.packet_code}  due {loan.due:%d %b %Y}")
    lines.append("")
    lines.append("Bring back saved seed from your best plants!")
    return "\n".join(lines)
