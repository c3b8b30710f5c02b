"""What a person wants to see on a materialisation: counts and a small Markdown preview."""


import dagster as dg
import polars as pl


def markdown_table(df: pl.DataFrame, *, limit: int = 10, width: int = 80) -> str:
    """A Markdown preview of the first rows; long cells are cut so the UI stays readable."""
    if df.is_empty():
        return "_no rows_"
    head = df.head(limit)
    cols = head.columns
    def cell(v: object) -> str:
        text = "" if v is None else str(v)
        text = text.replace("\n", " ").replace("|", "\\|")
        return text if len(text) <= width else text[: width - 1] + "…"
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)


def counts_by(df: pl.DataFrame, column: str) -> dict[str, int]:
    if df.is_empty():
        return {}
    rows = df.group_by(column).len().sort(["len", column], descending=[True, False], nulls_last=True).iter_rows()
    return {str(k): int(n) for k, n in rows}


def table_metadata(df: pl.DataFrame, preview: pl.DataFrame | None = None, **extra: object) -> dict:
    meta: dict[str, object] = {
        "dagster/row_count": len(df),
        "preview": dg.MetadataValue.md(markdown_table(preview if preview is not None else df)),
    }
    for key, value in extra.items():
        meta[key] = dg.MetadataValue.json(value) if isinstance(value, (dict, list)) else value
    return meta
