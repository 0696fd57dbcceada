from __future__ import annotations


def normalize_sku(raw: str) -> str:
    """Canonical SKU: trimmed, upper-case, '_' -> '-' (the shop and the ERP disagree on all three)."""
    return raw.strip().upper().replace("_", "-")
