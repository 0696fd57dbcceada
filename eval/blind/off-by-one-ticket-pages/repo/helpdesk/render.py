from __future__ import annotations

from .data import Ticket
from .paging import Page


def header(page: Page[Ticket]) -> str:
    first, last = page.items[0], page.items[-1]
    return f"Page {page.number}/{page.pages} - tickets #{first.id}..#{last.id} of {page.total}"


def table(page: Page[Ticket]) -> str:
    rows = [f"#{t.id:<6} {t.opened.isoformat()}  {t.priority:<7} {t.subject}" for t in page.items]
    return "\n".join([header(page), *rows])
