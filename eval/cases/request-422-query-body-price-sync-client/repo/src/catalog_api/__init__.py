"""Catalog service: products and their list prices."""
