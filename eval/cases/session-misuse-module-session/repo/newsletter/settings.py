import os

DATABASE_URL = os.environ.get("NEWSLETTER_DATABASE_URL", "sqlite:///newsletter.db")
DOUBLE_OPT_IN = os.environ.get("NEWSLETTER_DOUBLE_OPT_IN", "false").lower() == "true"
