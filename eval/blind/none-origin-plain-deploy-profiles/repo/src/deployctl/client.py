from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class DeployClient:
    endpoint: str
    region: str
    dry_run: bool = True

    def push(self, service: str, image: str, replicas: int) -> str:
        verb = "would deploy" if self.dry_run else "deploying"
        return f"{verb} {service}={image} x{replicas} to {self.endpoint} ({self.region})"


def build_client(profile: dict[str, Any], dry_run: bool) -> DeployClient:
    return DeployClient(endpoint=profile["endpoint"], region=profile["region"], dry_run=dry_run)
