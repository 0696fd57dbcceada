import typer

from .data import sample_tickets
from .paging import paginate
from .render import table

app = typer.Typer(add_completion=False)


@app.command()
def tickets(page: int = typer.Option(1, min=1), per_page: int = typer.Option(5, "--per-page", min=1, max=100)):
    """List open tickets, newest last."""
    typer.echo(table(paginate(sample_tickets(), page, per_page)))


@app.command()
def count():
    typer.echo(len(sample_tickets()))


if __name__ == "__main__":
    app()
