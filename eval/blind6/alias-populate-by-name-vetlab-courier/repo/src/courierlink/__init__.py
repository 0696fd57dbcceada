"""Courier integration for sample pickups from partner clinics."""
