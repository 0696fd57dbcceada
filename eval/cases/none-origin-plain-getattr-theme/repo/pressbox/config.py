from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class SiteConfig:
    title: str
    theme: str = "plain"
    base_url: str = "/"
    theme_options: dict[str, Any] = field(default_factory=dict)


def _load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("siteconf", path)
    if spec is None or spec.loader is None:
        raise ConfigError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_config(site_dir: Path) -> SiteConfig:
    conf = _load_module(site_dir / "siteconf.py")
    if not hasattr(conf, "title"):
        raise ConfigError("siteconf.py must define `title`")
    return SiteConfig(
        title=conf.title,
        theme=getattr(conf, "theme", "plain"),
        base_url=getattr(conf, "base_url", "/"),
        theme_options=getattr(conf, "theme_options", None),
    )
