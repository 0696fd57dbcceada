"""Inspection records and seasonal reports for the co-operative's apiaries."""

__version__ = "0.4.1"
