from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .indexing import reindex
from .settings import merge, read_config

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.command()
def run(
    config: Path = typer.Option(Path("conf/reindexer.toml"), "--config", "-c", help="TOML config file"),
    index: Optional[str] = typer.Option(None, help="target index (overrides config)"),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="documents per bulk request"),
    refresh: Optional[bool] = typer.Option(None, "--refresh/--no-refresh"),
    data_root: Path = typer.Option(Path("."), "--data-root"),
) -> None:
    """Rebuild the search index from the catalog export."""
    overrides = {"index": index, "batch_size": batch_size, "refresh": refresh}
    settings = merge(read_config(config), overrides)
    sent = reindex(settings, data_root)
    typer.echo(f"indexed {sent} documents into {settings.index}")


if __name__ == "__main__":
    app()
