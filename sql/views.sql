-- Convenience views over the warehouse tables (created after the tables are loaded).

-- Quotes with their article's title, outlet and date, for reading and filtering.
CREATE OR REPLACE VIEW quotes_enriched AS
SELECT q.quote_id, q.article_id, a.title, a.outlet, a.published_at, a.source_path,
       q.quote_type, q.quote_text, q.speaker_text, q.speaker_name, q.speaker_label, q.cue, q.attribution
FROM quotes q JOIN articles a USING (article_id);

-- Who is quoted most, by canonical speaker.
CREATE OR REPLACE VIEW top_speakers AS
SELECT speaker_name, speaker_label, count(*) AS quotes, count(DISTINCT article_id) AS articles,
       count(*) FILTER (WHERE quote_type = 'direct') AS direct_quotes
FROM quotes WHERE speaker_name IS NOT NULL
GROUP BY ALL ORDER BY quotes DESC, speaker_name;

-- Which entities appear most, across articles.
CREATE OR REPLACE VIEW top_entities AS
SELECT canonical_name, label, article_count, mention_count
FROM entities ORDER BY article_count DESC, mention_count DESC, canonical_name;

-- Inputs by status and reason: what was kept, what was set aside and why.
CREATE OR REPLACE VIEW input_summary AS
SELECT status, coalesce(reason, '') AS reason, count(*) AS files, sum(bytes) AS bytes
FROM source_files GROUP BY ALL ORDER BY status, reason;
