"""Ingestion tools for automatic weather station (AWS) exports."""

__version__ = "0.4.2"
