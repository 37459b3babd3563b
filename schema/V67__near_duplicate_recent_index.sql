-- Veritag schema, version 67: the near-duplicate candidates of a new article are read from the newest articles
-- of each band's bucket only. In a corpus of look-alike texts (one template, a wire story in a hundred outlets)
-- a bucket holds nearly every article; with the article id in the index, newest first, the read stops after a
-- few rows instead of walking the whole bucket for every import. Portable between H2 and PostgreSQL.

CREATE INDEX ix_article_minhash_band_recent ON article_minhash_band (band, bucket, article_id DESC);

DROP INDEX ix_article_minhash_band_bucket;
