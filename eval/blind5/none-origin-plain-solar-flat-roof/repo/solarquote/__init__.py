"""Quoting tool for residential and light-commercial PV installs."""

__version__ = "0.7.2"
