"""Fleet maintenance tracking for depot managers."""

__version__ = "0.9.2"
