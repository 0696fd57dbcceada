import os
import subprocess
import sys
import tempfile

beacons = [
    '{"sessionId": "s-1", "pagePath": "/", "occurredAt": "2024-05-01T10:00:00Z"}',
    '{"sessionId": "s-1", "pagePath": "/pricing", "referrer": "/", "occurredAt": "2024-05-01T10:00:09Z"}',
    '{"sessionId": "s-2", "pagePath": "/docs", "occurredAt": "2024-05-01T10:01:00Z"}',
]
path = os.path.join(tempfile.mkdtemp(), "beacons.jsonl")
with open(path, "w") as fh:
    fh.write("\n".join(beacons) + "\n")
env = {**os.environ, "PYTHONPATH": os.path.join(os.getcwd(), "src")}
subprocess.call([sys.executable, "-m", "rollup.run", path], env=env)
