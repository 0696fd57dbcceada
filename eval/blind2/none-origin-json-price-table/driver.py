"""Start the service under uvicorn, hit the preview endpoint, print the server log."""
import socket
import subprocess
import sys
import time

import httpx

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]

server = subprocess.Popen(
    [sys.executable, "-m", "uvicorn", "quotes.server:app", "--host", "127.0.0.1", "--port", str(port)],
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
)
try:
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(base + "/health", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    httpx.post(base + "/estimates", json=[{"service_id": 1001, "quantity": 40}, {"service_id": 1002, "quantity": 310}], timeout=5)
    time.sleep(0.3)
finally:
    server.terminate()
    out, _ = server.communicate(timeout=10)
print(out, end="")
