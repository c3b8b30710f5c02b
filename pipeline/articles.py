"""From raw records to clean article rows: cleaning, metadata merge, language, counts."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import polars as pl

from pipeline.clean import clean_article
from pipeline.ingest import RawRecord
from pipeline.language import detect_language
from pipeline.provenance import PIPELINE_VERSION
from pipeline.shared_lines import shared_text
from pipeline.storage import TABLE_KEYS, frame


def build_articles(records: Iterable[RawRecord], *, shared_boilerplate: bool = True,
                   ) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Clean every record; returns (articles, cleaning_removals, quarantine).

    Metadata found in the file (HTML meta tags, JSON fields) wins over what the cleaner finds in the text, because
    it was put there deliberately by the publisher; the cleaner fills the gaps.  Lines that many different articles
    of the batch share are site boilerplate (`pipeline.shared_lines`; unless `shared_boilerplate` is off), so the
    batch is read twice.
    """
    records = list(records)
    shared = (shared_text((rec.body, rec.has_title_line, rec.title) for rec in records)
              if shared_boilerplate else None)
    articles, removals, quarantine = [], [], []
    for rec in records:
        cleaned = clean_article(rec.body, title=rec.title, has_title_line=rec.has_title_line, shared=shared)
        text = cleaned.clean_text
        if not text.strip():
            quarantine.append({
                "stage": "clean", "source_path": rec.source_path, "source_record": rec.source_record,
                "article_id": rec.article_id, "item": None, "reason": "no_body_after_cleaning",
                "detail": f"every line was boilerplate ({len(cleaned.removals)} lines removed)",
            })
            continue
        articles.append({
            "article_id": rec.article_id,
            "source_path": rec.source_path,
            "source_record": rec.source_record,
            "format": rec.format,
            "url": rec.url,
            "title": rec.title or cleaned.title,
            "byline": rec.byline or cleaned.byline,
            "published_at": rec.published_at or cleaned.published_at,
            "dateline": cleaned.dateline,
            "outlet": rec.outlet or cleaned.outlet,
            "language": rec.language or detect_language(text),
            "clean_text": text,
            "paragraph_count": len([p for p in text.split("\n\n") if p.strip()]),
            "word_count": len(text.split()),
            "content_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "pipeline_version": PIPELINE_VERSION,
        })
        removals += [{"article_id": rec.article_id, "line_index": r.line_index, "rule": r.rule, "text": r.text}
                     for r in cleaned.removals]
    return (frame("articles", articles).sort("article_id"),
            frame("cleaning_removals", removals).sort(*TABLE_KEYS["cleaning_removals"]),
            frame("quarantine", quarantine))


def source_files_with_quarantine(source_files: pl.DataFrame, quarantine: Sequence[dict] | pl.DataFrame) -> pl.DataFrame:
    """Mark files whose only article was set aside by cleaning as quarantined, so each file's status stays true."""
    q = quarantine if isinstance(quarantine, pl.DataFrame) else frame("quarantine", list(quarantine))
    dropped = set(q.filter(pl.col("stage") == "clean")["article_id"].drop_nulls().to_list())
    if not dropped:
        return source_files
    rows = []
    for row in source_files.to_dicts():
        ids = row["article_ids"] or []
        kept = [a for a in ids if a not in dropped]
        if row["status"] == "ok" and ids and not kept:
            row.update(status="quarantined", reason="no_body_after_cleaning",
                       detail="the file's text was all boilerplate", article_ids=[], records_ok=0)
        elif len(kept) != len(ids):
            row.update(article_ids=kept, records_ok=len(kept))
        rows.append(row)
    return frame("source_files", rows)
