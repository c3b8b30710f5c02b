"""Stage 3: one spaCy parse per article gives its entity mentions and its quotations with speakers."""


import dagster as dg
import polars as pl

from assets.clean import articles
from assets.metadata import counts_by, markdown_table, table_metadata
from assets.progress import progress_logger
from assets.resources import NewsquotesSettings
from pipeline.annotate import DONE_SCHEMA, annotate_articles, nlp_key
from pipeline.entities import build_entities
from pipeline.faults import fault_point
from pipeline.nlp import load_nlp, parse_texts
from pipeline.storage import conform, read_stage, stage_path, write_stage
from pipeline.validation import isolate_offset_mismatches


@dg.multi_asset(
    group_name="nlp",
    specs=[
        dg.AssetSpec("entity_mentions", deps=[articles], kinds={"spacy", "parquet"},
                     description="Named-entity mentions with offsets into clean_text and within-article canonical names."),
        dg.AssetSpec("entities", deps=[articles], kinds={"spacy", "parquet"},
                     description="Canonical entities across the corpus, with mention and article counts and aliases."),
        dg.AssetSpec("quotes", deps=[articles], kinds={"spacy", "parquet"},
                     description="Direct, mixed and indirect quotations with speaker, cue verb and how the speaker was found."),
    ],
)
def nlp_annotations(context: dg.AssetExecutionContext, settings: NewsquotesSettings):
    s = settings.load()
    arts = read_stage(s.stages_dir, "articles")
    key = nlp_key(s.spacy_model)
    previous = None
    if stage_path(s.stages_dir, "nlp_done").exists():
        previous = (read_stage(s.stages_dir, "entity_mentions"), read_stage(s.stages_dir, "quotes"),
                    read_stage(s.stages_dir, "nlp_done"))

    def parse(texts: list[str]):
        context.log.info(f"parsing {len(texts):,} articles with {s.spacy_model} (n_process={s.n_process})")
        if not texts:
            return iter(())
        report = progress_logger(context, "nlp")
        nlp = load_nlp(s.spacy_model)
        fault_point("nlp.before_parse")
        return parse_texts(nlp, texts, n_process=s.n_process, batch_size=s.batch_size,
                           progress=lambda done: report(done, len(texts)))

    result = annotate_articles(arts, parse=parse, key=key, previous=previous)
    context.log.info(f"parsed {result.parsed:,} articles, reused {result.reused:,} unchanged ones")
    mentions, bad_mentions = isolate_offset_mismatches(result.mentions, arts, text_col="text", id_col="mention_id",
                                                       stage="nlp")
    quotes, bad_quotes = isolate_offset_mismatches(result.quotes, arts, text_col="quote_text", id_col="quote_id",
                                                   stage="nlp")
    with_speaker = quotes.filter(pl.col("speaker_text").is_not_null())
    with_speaker, bad_speakers = isolate_offset_mismatches(with_speaker, arts, text_col="speaker_text",
                                                           id_col="quote_id", stage="nlp")
    quotes = pl.concat([quotes.filter(pl.col("speaker_text").is_null()), with_speaker]).sort(
        "article_id", "start_char", "end_char", "quote_type")
    bad_quotes = pl.concat([bad_quotes, bad_speakers])
    # Entities are counted from the mentions that survived, so counts and mentions agree.
    entities = conform("entities", build_entities(mentions)) if len(bad_mentions) else result.entities
    fault_point("nlp.before_write")
    write_stage(s.stages_dir, "entity_mentions", mentions)
    write_stage(s.stages_dir, "entities", entities)
    write_stage(s.stages_dir, "quotes", quotes)
    write_stage(s.stages_dir, "quarantine_nlp", pl.concat([bad_mentions, bad_quotes], how="vertical_relaxed"))
    write_stage(s.stages_dir, "nlp_done", result.done.select(list(DONE_SCHEMA)))

    top_entities = entities.sort(["article_count", "mention_count", "canonical_name"],
                                        descending=[True, True, False]).head(10)
    yield dg.MaterializeResult(asset_key="entity_mentions", metadata=table_metadata(
        mentions, mentions.select("article_id", "text", "label", "canonical_name", "role"),
        by_label=counts_by(mentions, "label"), parsed_articles=result.parsed, reused_articles=result.reused,
        quarantined=len(bad_mentions)))
    yield dg.MaterializeResult(asset_key="entities", metadata=table_metadata(
        entities, top_entities.select("canonical_name", "label", "article_count", "mention_count", "aliases"),
        by_label=counts_by(entities, "label")))
    named = quotes.filter(pl.col("speaker_name").is_not_null())
    top_speakers = named.group_by("speaker_name").len().sort(["len", "speaker_name"], descending=[True, False]).head(10)
    yield dg.MaterializeResult(asset_key="quotes", metadata=table_metadata(
        quotes, quotes.select("quote_type", "quote_text", "speaker_text", "speaker_name", "cue", "attribution"),
        by_type=counts_by(quotes, "quote_type"), by_attribution=counts_by(quotes, "attribution"),
        named_speaker_share=round(len(named) / len(quotes), 4) if len(quotes) else 0.0,
        top_speakers=dg.MetadataValue.md(markdown_table(top_speakers.rename({"len": "quotes"}))),
        quarantined=len(bad_quotes)))
