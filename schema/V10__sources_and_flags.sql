-- Veritag schema, version 10: source spans (who speaks) and span flags.
-- A source span is a span whose label is on the SOURCE layer: it shares the span table (offsets, undo,
-- boundaries, deletion all work the same), but the three labels stay the three labels (layer LABEL).
-- A source span carries a source type; no other span does. "unsure" is the annotator's own doubt.
-- Portable between H2 and PostgreSQL: unquoted names, named constraints.

ALTER TABLE label ADD COLUMN layer VARCHAR(10) DEFAULT 'LABEL' NOT NULL;
ALTER TABLE label ADD CONSTRAINT ck_label_layer CHECK (layer IN ('LABEL', 'SOURCE'));

INSERT INTO label (name, colour, shortcut_key, sort_order, layer) VALUES ('SOURCE', '#10B981', 'S', 4, 'SOURCE');

ALTER TABLE span ADD COLUMN source_type VARCHAR(20);
ALTER TABLE span ADD COLUMN unsure BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE span ADD CONSTRAINT ck_span_source_type CHECK (
    (label = 'SOURCE' AND source_type IS NOT NULL AND source_type IN ('OFFICIAL', 'MILITARY', 'POLITICIAN', 'EXPERT', 'WITNESS', 'MEDIA', 'ANONYMOUS', 'OTHER'))
    OR (label <> 'SOURCE' AND source_type IS NULL));
