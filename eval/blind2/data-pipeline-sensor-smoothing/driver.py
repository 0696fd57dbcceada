import os
import subprocess
import sys
import tempfile

rows = ["sensor,at,celsius"]
temps = {"cold-room-1": [3.9, 4.1, 4.0, 9.8, 10.2, 4.3], "freezer-2": [-18.2, -18.0, -18.1]}
for sensor, values in temps.items():
    for minute, value in enumerate(values):
        rows.append(f"{sensor},2024-02-01T08:{minute:02d}:00,{value}")
path = os.path.join(tempfile.mkdtemp(), "readings.csv")
with open(path, "w") as fh:
    fh.write("\n".join(rows) + "\n")
subprocess.call([sys.executable, "-m", "telemetry.cli", path, "--threshold", "2.5"])
