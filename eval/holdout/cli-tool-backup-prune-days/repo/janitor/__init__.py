"""janitor: prune old backup archives according to a retention policy."""
__version__ = "0.6.2"
