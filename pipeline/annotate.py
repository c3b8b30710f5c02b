"""The NLP stage: one spaCy parse per article gives both its entity mentions and its quotations.

Re-runs parse only new or changed articles: rows from the previous run are reused for every article whose
clean_text hash and NLP configuration (model, model version, and the fingerprint of our NLP code and rules) are
unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import polars as pl

from pipeline import provenance
from pipeline.entities import article_mentions, build_entities, mention_id
from pipeline.fingerprint import NLP_CODE, code_fingerprint
from pipeline.quotes import extract_quotes, quote_id
from pipeline.storage import conform, frame

#: Stage table recording which articles were annotated, with which content and configuration.
DONE_SCHEMA = {"article_id": pl.String(), "content_sha256": pl.String(), "nlp_key": pl.String()}


@dataclass(frozen=True)
class Annotations:
    mentions: pl.DataFrame
    quotes: pl.DataFrame
    entities: pl.DataFrame
    done: pl.DataFrame
    parsed: int  # articles parsed in this run
    reused: int  # articles whose previous annotations were kept


def nlp_key(model_name: str) -> str:
    """What annotations depend on: the model and its version, and our NLP code and rules."""
    return f"{model_name}=={provenance.spacy_model_version(model_name)};code={code_fingerprint(NLP_CODE)}"


def annotate_doc(article_id: str, doc) -> tuple[list[dict], list[dict]]:
    """One parsed article → (mention rows, quote rows) with stable ids."""
    mentions = article_mentions(doc)
    mention_rows = [
        {**asdict(m), "article_id": article_id, "mention_id": mention_id(article_id, m.start_char, m.end_char, m.label)}
        for m in mentions
    ]
    quote_rows = [
        {**asdict(q), "article_id": article_id,
         "quote_id": quote_id(article_id, q.start_char, q.end_char, q.quote_type)}
        for q in extract_quotes(doc, mentions)
    ]
    return mention_rows, quote_rows


def annotate_articles(
    articles: pl.DataFrame,
    *,
    parse: Callable[[list[str]], object],
    key: str,
    previous: tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame] | None = None,
) -> Annotations:
    """Annotate the articles that need it and reuse the rest.

    `parse(texts)` yields one spaCy Doc per text in order (it owns batching, processes and progress);
    `previous` is (mentions, quotes, done) from the last run, or None.
    """
    current = articles.select("article_id", "content_sha256")
    reuse_ids: set[str] = set()
    kept_mentions, kept_quotes = frame("entity_mentions"), frame("quotes")
    if previous is not None:
        prev_mentions, prev_quotes, prev_done = previous
        still_valid = prev_done.filter(pl.col("nlp_key") == key).join(
            current, on=["article_id", "content_sha256"], how="inner"
        )
        reuse_ids = set(still_valid["article_id"].to_list())
        ids = sorted(reuse_ids)
        kept_mentions = conform("entity_mentions", prev_mentions.filter(pl.col("article_id").is_in(ids)))
        kept_quotes = conform("quotes", prev_quotes.filter(pl.col("article_id").is_in(ids)))

    todo = articles.filter(~pl.col("article_id").is_in(sorted(reuse_ids)))
    todo_ids = todo["article_id"].to_list()
    mention_rows: list[dict] = []
    quote_rows: list[dict] = []
    for article_id, doc in zip(todo_ids, parse(todo["clean_text"].to_list()), strict=True):
        m, q = annotate_doc(article_id, doc)
        mention_rows += m
        quote_rows += q

    mentions = pl.concat([kept_mentions, frame("entity_mentions", mention_rows)]).sort(
        "article_id", "start_char", "end_char", "label")
    quotes = pl.concat([kept_quotes, frame("quotes", quote_rows)]).sort(
        "article_id", "start_char", "end_char", "quote_type")
    done = current.with_columns(pl.lit(key).alias("nlp_key")).select(list(DONE_SCHEMA)).sort("article_id")
    entities = conform("entities", build_entities(mentions))
    return Annotations(mentions, quotes, entities, done, parsed=len(todo_ids), reused=len(reuse_ids))
