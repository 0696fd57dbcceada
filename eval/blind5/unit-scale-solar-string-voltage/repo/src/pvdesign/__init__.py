"""Electrical design helpers for the quoting tool: string sizing and inverter matching."""
