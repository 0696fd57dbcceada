"""Tiny batch pipeline: CSV exports -> aggregated tables in the warehouse."""

__version__ = "0.4.1"
