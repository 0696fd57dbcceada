import json
import os
import subprocess
import sys
import tempfile

tmp = tempfile.mkdtemp()
queue = os.path.join(tmp, "jobs.jsonl")
with open(queue, "w") as fh:
    fh.write(json.dumps({"id": "job-17", "customer_id": 1, "total": "1290.00"}) + "\n")
env = {**os.environ, "BILLING_DSN": "sqlite:///" + os.path.join(tmp, "billing.db")}
subprocess.call([sys.executable, "-m", "billing.worker", queue], env=env)
