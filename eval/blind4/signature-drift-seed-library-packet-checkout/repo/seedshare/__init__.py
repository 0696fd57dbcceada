"""seedshare: lending desk tools for the community seed library."""

__version__ = "0.9.2"
