from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, dict[str, Any]] = {
    "plain": {"accent": "#333333", "show_toc": True, "footer": ""},
    "paper": {"accent": "#7a4b1f", "show_toc": False, "footer": "Printed with pressbox"},
}


def resolve_options(theme: str, overrides: dict[str, Any]) -> dict[str, Any]:
    """Theme defaults updated with the site's overrides (unknown keys are rejected)."""
    options = dict(DEFAULTS[theme])
    for key, value in overrides.items():
        if key not in options:
            raise KeyError(f"theme {theme!r} has no option {key!r}")
        options[key] = value
    return options
