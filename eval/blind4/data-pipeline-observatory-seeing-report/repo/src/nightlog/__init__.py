"""Reduce the telescope's nightly observation log into the morning report."""
