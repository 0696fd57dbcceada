"""`python -m shipping [--port N]`: run the service with uvicorn."""

import argparse

import uvicorn

from shipping.app import app

parser = argparse.ArgumentParser(prog="shipping")
parser.add_argument("--host", default="127.0.0.1")
parser.add_argument("--port", type=int, default=8000)
args = parser.parse_args()
uvicorn.run(app, host=args.host, port=args.port)
