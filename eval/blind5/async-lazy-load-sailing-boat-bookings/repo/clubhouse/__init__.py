"""Harbourside Sailing Club: boat booking service."""
