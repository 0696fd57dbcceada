import csv
import io


def render(kind: str, params: dict) -> str:
    if kind == "csv-echo":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(sorted(params))
        writer.writerow([params[k] for k in sorted(params)])
        return buf.getvalue()
    raise ValueError(f"unknown report kind {kind!r}")
