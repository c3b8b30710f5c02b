-- Example queries. Run one with: newsquotes query "<SQL>"  (the warehouse opens read-only)

-- 1. Who is quoted most?
SELECT * FROM top_speakers LIMIT 20;

-- 2. Every direct quote of one speaker, newest first.
SELECT published_at, title, quote_text FROM quotes_enriched
WHERE speaker_name = 'Ned Price' AND quote_type = 'direct' ORDER BY published_at DESC NULLS LAST;

-- 3. Articles that mention two entities together.
SELECT a.article_id, a.title FROM articles a
WHERE EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.article_id AND m.canonical_name = 'Iran')
  AND EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.article_id AND m.canonical_name = 'Iraq');

-- 4. Share of quotes with a named speaker, by outlet.
SELECT outlet, count(*) AS quotes, avg((speaker_name IS NOT NULL)::INT) AS named_share
FROM quotes_enriched GROUP BY outlet ORDER BY quotes DESC;

-- 5. What was set aside, and why.
SELECT stage, reason, count(*) AS n FROM quarantine GROUP BY ALL ORDER BY n DESC;

-- 6. Read a published release directly (no warehouse needed).
-- SELECT count(*) FROM read_parquet('data/releases/v1.0.0/quotes.parquet');
