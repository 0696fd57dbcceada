import argparse
from decimal import Decimal

from bankctl.db import SessionLocal, engine
from bankctl.models import Account, Base
from bankctl.transfers import transfer


def main() -> None:
    parser = argparse.ArgumentParser(prog="bankctl")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("init-demo", help="create the schema and two demo accounts")
    t = sub.add_parser("transfer")
    t.add_argument("source")
    t.add_argument("target")
    t.add_argument("amount", type=Decimal)
    args = parser.parse_args()

    if args.cmd == "init-demo":
        Base.metadata.create_all(engine)
        with SessionLocal.begin() as session:
            session.add_all(
                [
                    Account(iban="DE89370400440532013000", owner="Clara Schmidt", balance=Decimal("1200.00")),
                    Account(iban="DE02120300000000202051", owner="Oskar Berg", balance=Decimal("80.00")),
                ]
            )
        return

    with SessionLocal() as session:
        booking = transfer(session, args.source, args.target, args.amount)
        print(f"booked transfer #{booking.id}: {booking.amount}")


if __name__ == "__main__":
    main()
