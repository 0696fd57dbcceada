import json
import os
import subprocess
import sys
import tempfile

tmp = tempfile.mkdtemp()
feed = os.path.join(tmp, "supplier-2024-06-03.jsonl")
with open(feed, "w") as fh:
    for sku, title, cents in [("A-100", "Desk lamp", 2499), ("A-101", "Monitor arm", 5990), ("B-220", "Cable tray", 1250)]:
        fh.write(json.dumps({"sku": sku, "title": title, "price_cents": cents}) + "\n")
subprocess.call([sys.executable, "-m", "catalog_sync", feed, os.path.join(tmp, "catalog.db")])
