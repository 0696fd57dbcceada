"""Service settings, resolved once when the package is imported."""

import os

GEOCODER_URL = os.getenv("GEOCODER_URL")
GEOCODER_TIMEOUT = float(os.getenv("GEOCODER_TIMEOUT", "2.0"))
STORES_FILE = os.getenv("STORES_FILE", "stores.json")
MAX_RESULTS = int(os.getenv("MAX_RESULTS", "5"))
