import argparse

from acl.audit import audit_line
from acl.db import Session, engine
from acl.models import Base, Role
from acl.users import create_user, load_user

DEMO_ROLES = {
    "support": ["tickets:read", "tickets:write", "users:read"],
    "finance": ["billing:read", "billing:refund"],
    "admin": ["users:impersonate", "db:export", "users:read", "users:write"],
}


def seed() -> None:
    Base.metadata.create_all(engine)
    with Session.begin() as session:
        session.add_all(Role(name=name, permissions=perms) for name, perms in DEMO_ROLES.items())
    create_user("amira", ["support", "finance"])
    create_user("jonas", ["support"])


def main() -> None:
    parser = argparse.ArgumentParser(prog="acl")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("seed")
    audit = sub.add_parser("audit", help="print the effective permissions of users")
    audit.add_argument("usernames", nargs="+")
    args = parser.parse_args()

    if args.cmd == "seed":
        seed()
    else:
        for username in args.usernames:
            print(audit_line(load_user(username)))


main()
