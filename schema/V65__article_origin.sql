-- Veritag schema, version 65: where an imported article came from, beyond what the article row holds
-- (source = outlet, url, published). file_name is the name of the file it was read from (no folders; null for
-- pasted text); author comes from the page's or document's own metadata. One row per article, written with it
-- on import and never changed. Portable between H2 and PostgreSQL.

CREATE TABLE article_origin (
    article_id  BIGINT        NOT NULL,
    file_name   VARCHAR(1000),
    author      VARCHAR(500),
    CONSTRAINT pk_article_origin PRIMARY KEY (article_id),
    CONSTRAINT fk_article_origin_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
