-- Veritag schema, version 12: guideline text per label and link type, versioned. A new text is a new row
-- (version + 1), never an update, so every span can say which version it was made under (span.guideline_version:
-- the version of its label's guideline when it was created).

CREATE TABLE guideline (
    subject     VARCHAR(40)   NOT NULL,
    version     INTEGER       NOT NULL,
    text        VARCHAR(8000) NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_guideline PRIMARY KEY (subject, version),
    CONSTRAINT ck_guideline_subject CHECK (subject IN ('CLAIM', 'DENIAL', 'SPECULATION', 'SOURCE', 'SAID_BY', 'DENIES', 'HEDGES')),
    CONSTRAINT ck_guideline_version CHECK (version >= 1)
);

INSERT INTO guideline (subject, version, text, author, created_at) VALUES
 ('CLAIM', 1, 'A statement presented as fact that can be checked: who did what, numbers, events. Mark the assertion itself, not the attribution ("X said").', 'Veritag', TIMESTAMP WITH TIME ZONE '2026-11-30 00:00:00+00'),
 ('DENIAL', 1, 'A statement that rejects a claim ("officials denied that ..."). Link it to the claim it rejects with DENIES (L).', 'Veritag', TIMESTAMP WITH TIME ZONE '2026-11-30 00:00:00+00'),
 ('SPECULATION', 1, 'A hedged or unverified statement: may, could, reportedly, is believed to. Link it to the claim it qualifies with HEDGES (L).', 'Veritag', TIMESTAMP WITH TIME ZONE '2026-11-30 00:00:00+00'),
 ('SOURCE', 1, 'Who speaks: a person, an institution, "officials", an outlet. Mark the shortest name that identifies them and choose a source type.', 'Veritag', TIMESTAMP WITH TIME ZONE '2026-11-30 00:00:00+00'),
 ('SAID_BY', 1, 'From a CLAIM, DENIAL or SPECULATION to the SOURCE that makes it. One statement may have several sources.', 'Veritag', TIMESTAMP WITH TIME ZONE '2026-11-30 00:00:00+00'),
 ('DENIES', 1, 'From a DENIAL to the CLAIM it rejects, when that claim is in the article.', 'Veritag', TIMESTAMP WITH TIME ZONE '2026-11-30 00:00:00+00'),
 ('HEDGES', 1, 'From a SPECULATION to the specific CLAIM it qualifies.', 'Veritag', TIMESTAMP WITH TIME ZONE '2026-11-30 00:00:00+00');

ALTER TABLE span ADD COLUMN guideline_version INTEGER;
ALTER TABLE span ADD CONSTRAINT ck_span_guideline_version CHECK (guideline_version IS NULL OR guideline_version >= 1);
