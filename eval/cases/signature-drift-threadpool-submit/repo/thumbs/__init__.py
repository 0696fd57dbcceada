"""Batch thumbnail generation for the photo archive."""
