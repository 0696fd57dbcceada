import os
import subprocess
import sys
import tempfile
import time

logs = tempfile.mkdtemp()
for i, age_days in enumerate([1, 20, 45]):
    path = os.path.join(logs, f"api-{i}.log.gz")
    open(path, "wb").close()
    stamp = time.time() - age_days * 86400
    os.utime(path, (stamp, stamp))
subprocess.call([sys.executable, "-m", "logsweep", logs, "--keep-days", "30", "--dry-run"])
