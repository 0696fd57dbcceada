from datetime import datetime

from newsletter.db import SessionLocal, engine
from newsletter.models import Base, MailingList, Subscriber

if __name__ == "__main__":
    Base.metadata.create_all(engine)
    with SessionLocal.begin() as session:
        product = MailingList(name="product-updates")
        weekly = MailingList(name="weekly-digest")
        session.add_all([
            Subscriber(email="ines@example.com", confirmed_at=datetime(2024, 2, 1), lists=[product, weekly]),
            Subscriber(email="oleg@example.com", lists=[weekly]),
            Subscriber(email="sam@example.com", confirmed_at=datetime(2024, 3, 9), lists=[weekly]),
        ])
