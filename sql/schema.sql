-- The newsquotes warehouse: one place for every table's columns and types.
-- Stage Parquet files are cast into these tables on load, and releases export them,
-- so this file is the declared schema that validation and the release manifest check against.
-- Timestamps are UTC without a zone (TIMESTAMP), so results do not depend on the reader's TZ.

-- One row per file discovered under the raw folder, whatever happened to it.
CREATE TABLE source_files (
    source_path   VARCHAR NOT NULL PRIMARY KEY, -- relative to the raw folder, '/'-separated
    sha256        VARCHAR,                      -- of the bytes on disk; null when the file could not be read
    bytes         BIGINT NOT NULL,
    format        VARCHAR,                      -- txt | html | json | jsonl; null when unsupported
    compression   VARCHAR,                      -- gzip | null
    encoding      VARCHAR,                      -- detected text encoding, e.g. utf-8, utf-16, cp1252
    status        VARCHAR NOT NULL,             -- ok | duplicate | quarantined
    reason        VARCHAR,                      -- closed list, see pipeline/reasons.py; null when ok
    detail        VARCHAR,                      -- human-readable detail for the reason
    duplicate_of  VARCHAR,                      -- article_id of the first copy, for status = duplicate
    records_total INTEGER NOT NULL,             -- records the file holds (1 for txt/html/json)
    records_ok    INTEGER NOT NULL,             -- records that became articles
    article_ids   VARCHAR[] NOT NULL            -- articles this file produced (empty unless ok)
);

-- One row per unique article, cleaned.
CREATE TABLE articles (
    article_id       VARCHAR NOT NULL PRIMARY KEY, -- content-derived: 'a' + 16 hex of sha256(normalised text)
    source_path      VARCHAR NOT NULL,
    source_record    INTEGER,                      -- 0-based record index inside .jsonl; null for one-record files
    format           VARCHAR NOT NULL,
    url              VARCHAR,
    title            VARCHAR,
    byline           VARCHAR,
    published_at     TIMESTAMP,                    -- UTC
    dateline         VARCHAR,                      -- e.g. '(CNSNews.com)', 'WASHINGTON (Reuters)'
    outlet           VARCHAR,
    language         VARCHAR,                      -- ISO 639-1
    clean_text       VARCHAR NOT NULL,             -- paragraphs separated by one blank line
    paragraph_count  INTEGER NOT NULL,
    word_count       INTEGER NOT NULL,
    content_sha256   VARCHAR NOT NULL,             -- sha256 of clean_text
    pipeline_version VARCHAR NOT NULL
);

-- What cleaning removed from each article and why: cleaning is auditable.  One row per removed line, and one
-- per rule that cut part of a kept line (its dateline, or page furniture glued onto its end).
CREATE TABLE cleaning_removals (
    article_id VARCHAR NOT NULL,
    line_index INTEGER NOT NULL,  -- 0-based line in the article's raw body text
    rule       VARCHAR NOT NULL,  -- rule name, see pipeline/rules/
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, line_index, rule)
);

-- Named-entity mentions; clean_text[start_char:end_char] = text (code points).
CREATE TABLE entity_mentions (
    mention_id     VARCHAR NOT NULL PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    label          VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    canonical_name VARCHAR NOT NULL,  -- within-article canonical form ('Price' -> 'Ned Price')
    role           VARCHAR,           -- title or role stripped from the name ('Sen.', 'President')
    entity_id      VARCHAR NOT NULL
);

-- Canonical entities across the corpus.
CREATE TABLE entities (
    entity_id      VARCHAR NOT NULL PRIMARY KEY,
    canonical_name VARCHAR NOT NULL,
    label          VARCHAR NOT NULL,
    mention_count  INTEGER NOT NULL,
    article_count  INTEGER NOT NULL,
    aliases        VARCHAR[] NOT NULL
);

-- Quotations and their speakers; clean_text[start_char:end_char] = quote_text.
CREATE TABLE quotes (
    quote_id          VARCHAR NOT NULL PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    quote_text        VARCHAR NOT NULL,
    quote_type        VARCHAR NOT NULL,  -- direct | mixed | indirect
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    speaker_text      VARCHAR,           -- as written: 'he', 'Hagerty', 'a State Department spokesman'
    speaker_start_char INTEGER,
    speaker_end_char  INTEGER,
    speaker_name      VARCHAR,           -- canonical full name; null for unnamed sources
    speaker_entity_id VARCHAR,
    speaker_label     VARCHAR,           -- PERSON | ORG | GPE | NORP | null
    cue               VARCHAR,           -- speech-verb lemma or 'according to'
    attribution       VARCHAR NOT NULL,  -- how the speaker was found, see pipeline/quotes.py
    paragraph_index   INTEGER NOT NULL,
    sentence_index    INTEGER NOT NULL
);

-- Everything that was set aside, with the reason; nothing is dropped silently.
CREATE TABLE quarantine (
    stage         VARCHAR NOT NULL,  -- ingest | clean | nlp | validate
    source_path   VARCHAR,
    source_record INTEGER,
    article_id    VARCHAR,
    item          VARCHAR,           -- what was set aside, e.g. a quote_id
    reason        VARCHAR NOT NULL,
    detail        VARCHAR
);
