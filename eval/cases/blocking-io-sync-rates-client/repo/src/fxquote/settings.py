import os

RATES_URL = os.environ.get("FXQUOTE_RATES_URL", "https://rates.internal/api/latest")
RATES_TIMEOUT = float(os.environ.get("FXQUOTE_RATES_TIMEOUT", "10"))
MARGIN = 0.015
