from crmsync.api_client import FakeCrm
from crmsync.importer import import_csv

CSV = """First name,Last name,Email,Newsletter
Grace,Hopper,GRACE@example.org,yes
Ada,Byron,ada@example.org,no
"""


def test_list_contacts_parses_api_payload():
    page = FakeCrm().list_contacts()
    assert page.items[0].first_name == "Ada"


def test_import_skips_existing_contacts():
    crm = FakeCrm()
    assert import_csv(CSV, crm) == 1
    assert crm.created == [
        {"firstName": "Grace", "lastName": "Hopper", "email": "grace@example.org", "marketingOptIn": True}
    ]
