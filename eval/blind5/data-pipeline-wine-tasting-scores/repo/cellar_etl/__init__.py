"""Nightly import of sommelier tasting sheets into the cellar's score summary."""
