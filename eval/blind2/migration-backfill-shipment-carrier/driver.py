"""Deploy sequence: schema at 0001 with live data, then upgrade and print labels."""
import os
import subprocess
import sys
import tempfile

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

url = "sqlite:///" + os.path.join(tempfile.mkdtemp(), "shipping.db")
os.environ["SHIPPING_DB_URL"] = url
cfg = Config("alembic.ini")
command.upgrade(cfg, "0001")
engine = sa.create_engine(url)
with engine.begin() as conn:
    conn.execute(
        sa.text("INSERT INTO shipments (tracking_no, recipient, weight_grams) VALUES (:t, :r, :w)"),
        [{"t": "TRK-1001", "r": "A. Moreau", "w": 1250}, {"t": "TRK-1002", "r": "J. Okafor", "w": 430}],
    )
command.upgrade(cfg, "head")
sys.exit(subprocess.call([sys.executable, "-m", "shipping.labels"]))
