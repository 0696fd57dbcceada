"""python -m crmsync [--sandbox DIR] {contacts,companies}"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .clients import CrmClient, FixtureTransport, HttpTransport
from .sync.companies import sync_companies
from .sync.contacts import sync_contacts


def main() -> int:
    parser = argparse.ArgumentParser(prog="crmsync")
    parser.add_argument("--sandbox", type=Path, help="serve recorded responses from DIR")
    parser.add_argument("what", choices=["contacts", "companies"])
    args = parser.parse_args()

    if args.sandbox:
        transport = FixtureTransport(args.sandbox)
    else:
        transport = HttpTransport(os.environ["CRM_API_URL"], os.environ["CRM_API_TOKEN"])
    client = CrmClient(transport)

    if args.what == "contacts":
        subs = sync_contacts(client)
        print(f"{len(subs)} subscribers")
    else:
        companies = sync_companies(client)
        print(f"{len(companies)} companies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
