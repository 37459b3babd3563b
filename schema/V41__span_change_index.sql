-- The claim candidate index asks "what changed since I last looked" before every search: the latest change of any
-- span is then one index look-up (MAX over an indexed column) instead of a scan of every span, and the spans
-- changed since a moment are an index range.
CREATE INDEX ix_span_updated ON span (updated_at);
