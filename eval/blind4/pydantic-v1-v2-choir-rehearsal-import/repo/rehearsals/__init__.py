"""Rehearsal planning tools for the St. Cecilia Chamber Choir."""

__version__ = "0.4.2"
