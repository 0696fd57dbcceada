"""Render a deployment manifest from a profile."""
from __future__ import annotations

from typing import Any


def render_manifest(service: str, profile: dict[str, Any]) -> str:
    lines = [
        f"service: {service}",
        f"region: {profile['region']}",
        f"replicas: {profile['replicas']}",
        f"image: registry.internal/{service}:{profile['image_tag']}",
        f"healthcheck: {profile['healthcheck_path']}",
    ]
    return "\n".join(lines) + "\n"
