"""Append-only audit trail stored as JSON lines."""
