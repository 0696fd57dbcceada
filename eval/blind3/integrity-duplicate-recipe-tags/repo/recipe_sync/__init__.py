"""Nightly import of partner recipe feeds into the recipe-sharing catalogue."""
