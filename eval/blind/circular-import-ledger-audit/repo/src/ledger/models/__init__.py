from .account import Account
from .entry import Entry

__all__ = ["Account", "Entry"]
