-- Veritag schema, version 20: suggestions (pre-annotation).
-- suggest_recommender: each recommender switched on or off, and the F1 (in percent) the trained model
-- must reach, cross-validated, before it suggests a label. suggest_cue: the project's own cue lists
-- (V21 copies the shipped English ones in). suggest_rejection: a suggestion an annotator rejected is not
-- suggested to them again, whichever recommender makes it. span_origin: a span accepted from a suggestion
-- names its recommender; a span without a row was made by hand.
-- Portable between H2 and PostgreSQL: unquoted names, named constraints.

CREATE TABLE suggest_recommender (
    name            VARCHAR(40)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    min_f1_percent  INTEGER      NOT NULL,
    CONSTRAINT pk_suggest_recommender PRIMARY KEY (name),
    CONSTRAINT ck_suggest_recommender_name CHECK (name IN ('same-text', 'cue-lists', 'model')),
    CONSTRAINT ck_suggest_recommender_min_f1 CHECK (min_f1_percent >= 0 AND min_f1_percent <= 100)
);

INSERT INTO suggest_recommender (name, enabled, min_f1_percent) VALUES ('same-text', TRUE, 0);
INSERT INTO suggest_recommender (name, enabled, min_f1_percent) VALUES ('cue-lists', TRUE, 0);
INSERT INTO suggest_recommender (name, enabled, min_f1_percent) VALUES ('model', TRUE, 50);

CREATE TABLE suggest_cue (
    list_name  VARCHAR(40)   NOT NULL,
    phrase     VARCHAR(200)  NOT NULL,
    label      VARCHAR(40)   NOT NULL,
    CONSTRAINT pk_suggest_cue PRIMARY KEY (list_name, phrase),
    CONSTRAINT fk_suggest_cue_label FOREIGN KEY (label) REFERENCES label (name),
    CONSTRAINT ck_suggest_cue_phrase CHECK (CHAR_LENGTH(TRIM(phrase)) > 0 AND CHAR_LENGTH(TRIM(list_name)) > 0)
);

CREATE TABLE suggest_rejection (
    article_id    BIGINT       NOT NULL,
    annotator_id  BIGINT       NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    label         VARCHAR(40)  NOT NULL,
    recommender   VARCHAR(40)  NOT NULL,
    rejected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_suggest_rejection PRIMARY KEY (article_id, annotator_id, start_offset, end_offset, label),
    CONSTRAINT fk_suggest_rejection_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_suggest_rejection_annotator FOREIGN KEY (annotator_id) REFERENCES annotator (id) ON DELETE CASCADE,
    CONSTRAINT fk_suggest_rejection_label FOREIGN KEY (label) REFERENCES label (name),
    CONSTRAINT ck_suggest_rejection_offsets CHECK (start_offset >= 0 AND start_offset < end_offset)
);

CREATE TABLE span_origin (
    span_id      BIGINT       NOT NULL,
    recommender  VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_span_origin PRIMARY KEY (span_id),
    CONSTRAINT fk_span_origin_span FOREIGN KEY (span_id) REFERENCES span (id) ON DELETE CASCADE,
    CONSTRAINT ck_span_origin_recommender CHECK (recommender IN ('same-text', 'cue-lists', 'model'))
);
