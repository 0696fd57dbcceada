"""Deskhub: hot-desk booking API."""
