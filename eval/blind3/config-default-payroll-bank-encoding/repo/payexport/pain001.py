"""Write ISO 20022 pain.001.001.09 credit transfer files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from payexport.employees import Payment

NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"


@dataclass(frozen=True)
class Debtor:
    name: str
    iban: str
    bic: str


def _header(msg_id: str, created: datetime, payments: list[Payment], debtor: Debtor, execute_on: date) -> str:
    total = sum((p.net_amount for p in payments), Decimal("0"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="{NS}"><CstmrCdtTrfInitn>\n'
        f"<GrpHdr><MsgId>{msg_id}</MsgId><CreDtTm>{created:%Y-%m-%dT%H:%M:%S}</CreDtTm>"
        f"<NbOfTxs>{len(payments)}</NbOfTxs><CtrlSum>{total:.2f}</CtrlSum>"
        f"<InitgPty><Nm>{escape(debtor.name)}</Nm></InitgPty></GrpHdr>\n"
        f"<PmtInf><PmtInfId>{msg_id}-1</PmtInfId><PmtMtd>TRF</PmtMtd>"
        f"<ReqdExctnDt><Dt>{execute_on.isoformat()}</Dt></ReqdExctnDt>"
        f"<Dbtr><Nm>{escape(debtor.name)}</Nm></Dbtr>"
        f"<DbtrAcct><Id><IBAN>{debtor.iban}</IBAN></Id></DbtrAcct>"
        f"<DbtrAgt><FinInstnId><BICFI>{debtor.bic}</BICFI></FinInstnId></DbtrAgt>\n"
    )


def _transaction(p: Payment, period: str) -> str:
    return (
        f"<CdtTrfTxInf><PmtId><EndToEndId>SAL-{period}-{p.personnel_no}</EndToEndId></PmtId>"
        f'<Amt><InstdAmt Ccy="EUR">{p.net_amount:.2f}</InstdAmt></Amt>'
        f"<CdtrAgt><FinInstnId><BICFI>{p.bic}</BICFI></FinInstnId></CdtrAgt>"
        f"<Cdtr><Nm>{escape(p.name)}</Nm></Cdtr>"
        f"<CdtrAcct><Id><IBAN>{p.iban}</IBAN></Id></CdtrAcct>"
        f"<RmtInf><Ustrd>Gehalt {period}</Ustrd></RmtInf></CdtTrfTxInf>\n"
    )


def write_transfer_file(
    path: Path,
    payments: list[Payment],
    debtor: Debtor,
    period: str,
    execute_on: date,
    encoding: str,
) -> int:
    msg_id = f"SAL{period.replace('-', '')}"
    with path.open("w", encoding=encoding, newline="\n") as fh:
        fh.write(_header(msg_id, datetime(2026, 11, 25, 9, 0), payments, debtor, execute_on))
        for payment in payments:
            fh.write(_transaction(payment, period))
        fh.write("</PmtInf></CstmrCdtTrfInitn></Document>\n")
    return len(payments)
