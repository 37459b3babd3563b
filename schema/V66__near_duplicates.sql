-- Veritag schema, version 66: near-duplicate articles (the same wire story in two outlets, a changed headline).
-- article_minhash_band holds the locality-sensitive hash of each article's text: its MinHash signature cut into
-- bands, one row per band; two articles sharing a bucket in any band are compared on their text.
-- article_near_duplicate records a pair found on import: article_id is the later article, similar_id the stored
-- one it resembles, similarity the share of word shingles they have in common (Jaccard, percent). Articles are
-- never merged: the pair is only shown. Portable between H2 and PostgreSQL.

CREATE TABLE article_minhash_band (
    article_id  BIGINT   NOT NULL,
    band        INTEGER  NOT NULL,
    bucket      BIGINT   NOT NULL,
    CONSTRAINT pk_article_minhash_band PRIMARY KEY (article_id, band),
    CONSTRAINT fk_article_minhash_band_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

CREATE INDEX ix_article_minhash_band_bucket ON article_minhash_band (band, bucket);

CREATE TABLE article_near_duplicate (
    article_id  BIGINT   NOT NULL,
    similar_id  BIGINT   NOT NULL,
    similarity  INTEGER  NOT NULL,
    CONSTRAINT pk_article_near_duplicate PRIMARY KEY (article_id, similar_id),
    CONSTRAINT fk_article_near_duplicate_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_near_duplicate_similar FOREIGN KEY (similar_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_article_near_duplicate_pair CHECK (article_id <> similar_id),
    CONSTRAINT ck_article_near_duplicate_similarity CHECK (similarity BETWEEN 0 AND 100)
);

CREATE INDEX ix_article_near_duplicate_similar ON article_near_duplicate (similar_id);
