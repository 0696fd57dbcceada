"""Create the tables and load a few demo accounts: `python -m crm.scripts.seed`."""

from __future__ import annotations

from crm import settings
from crm.db import Base, SessionLocal, engine
from crm.models import Company, Contact

DEMO = {
    "Northwind Traders": ["Maria Anders", "Ana Trujillo"],
    "Fabrikam": ["Kai Berger"],
}


def main() -> None:
    Base.metadata.create_all(engine)
    with SessionLocal.begin() as session:
        for name, people in DEMO.items():
            company = Company(name=name, owner=settings.DEFAULT_OWNER)
            company.contacts = [
                Contact(full_name=p, email=p.lower().replace(" ", ".") + "@example.com") for p in people
            ]
            session.add(company)
    print(f"seeded {len(DEMO)} companies")


if __name__ == "__main__":
    main()
