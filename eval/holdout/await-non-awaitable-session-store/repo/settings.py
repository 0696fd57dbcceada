import os

SESSION_COOKIE = os.environ.get("SESSION_COOKIE", "sid")
SESSION_TTL_SECONDS = int(os.environ.get("SESSION_TTL_SECONDS", "3600"))
LOG_FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"
