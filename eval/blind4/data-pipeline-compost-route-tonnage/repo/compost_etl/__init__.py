"""Nightly ETL for the municipal compost collection scale readings."""

__version__ = "0.4.2"
