-- Team mode on PostgreSQL (veritag team init): roles, grants and row-level security. Run by the database's
-- owner; idempotent, so running it again after an upgrade refreshes the functions and policies.
-- Identities come from the server: session_user is the login, which a connection cannot change (SET ROLE
-- changes current_user only). The table owner (the administrator) is not subject to these policies.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veritag_annotator') THEN
        CREATE ROLE veritag_annotator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veritag_curator') THEN
        CREATE ROLE veritag_curator NOLOGIN;
    END IF;
END
$$;

-- Project settings of a team server (blind_labeling: an annotator reads another's spans on an article only
-- after marking it done). Team-only, so it lives here rather than in the portable migrations.
CREATE TABLE IF NOT EXISTS project_setting (
    name          VARCHAR(60)  NOT NULL,
    setting_value VARCHAR(200) NOT NULL,
    CONSTRAINT pk_project_setting PRIMARY KEY (name)
);
INSERT INTO project_setting (name, setting_value) VALUES ('blind_labeling', 'true') ON CONFLICT (name) DO NOTHING;

-- Only team members connect to this database.
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO veritag_annotator, veritag_curator', current_database());
END
$$;

-- Nobody but the owner creates objects in the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO veritag_annotator, veritag_curator;

-- Helper functions run as their owner (SECURITY DEFINER), so policies can look at tables the caller
-- may not read, without recursion. A fixed search_path keeps them from running a caller's objects.
-- Policies call the ones that do not depend on the row as (SELECT f()): worked out once per statement,
-- not once per row (a definer function is never inlined; per row, reading 16,000 spans took seconds).
CREATE OR REPLACE FUNCTION veritag_my_annotator_id() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT id FROM annotator WHERE name = session_user $$;

CREATE OR REPLACE FUNCTION veritag_my_curator_id() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT id FROM curator WHERE name = session_user $$;

CREATE OR REPLACE FUNCTION veritag_is_curator() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT pg_has_role(session_user, 'veritag_curator', 'MEMBER') $$;

CREATE OR REPLACE FUNCTION veritag_blind() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT COALESCE((SELECT setting_value = 'true' FROM project_setting WHERE name = 'blind_labeling'), true) $$;

CREATE OR REPLACE FUNCTION veritag_done(article BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM article_status s WHERE s.article_id = article
                         AND s.annotator_id = veritag_my_annotator_id() AND s.status = 'DONE') $$;

REVOKE ALL ON FUNCTION veritag_my_annotator_id(), veritag_my_curator_id(), veritag_is_curator(), veritag_blind(),
    veritag_done(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION veritag_my_annotator_id(), veritag_my_curator_id(), veritag_is_curator(), veritag_blind(),
    veritag_done(BIGINT) TO veritag_annotator, veritag_curator;

-- What everybody on the team reads: the schema history (Flyway checks it on open), labels, articles,
-- annotators, statuses (the article list shows everyone's progress), the project settings.
GRANT SELECT ON flyway_schema_history, label, article, annotator, article_status, project_setting
    TO veritag_annotator, veritag_curator;
GRANT SELECT, INSERT, UPDATE, DELETE ON span TO veritag_annotator, veritag_curator;
GRANT INSERT, UPDATE, DELETE ON article_status TO veritag_annotator, veritag_curator;
GRANT INSERT ON annotator TO veritag_annotator, veritag_curator;
-- Curators import articles, change settings and alone touch the gold layer.
GRANT INSERT, UPDATE, DELETE ON article TO veritag_curator;
-- Where articles came from and which resemble each other (issue 18): read by all, written with the article.
GRANT SELECT ON article_origin, article_minhash_band, article_near_duplicate TO veritag_annotator, veritag_curator;
GRANT INSERT, UPDATE, DELETE ON article_origin, article_minhash_band, article_near_duplicate TO veritag_curator;
GRANT UPDATE ON project_setting TO veritag_curator;
GRANT SELECT, INSERT ON curator TO veritag_curator;
GRANT SELECT, INSERT, UPDATE, DELETE ON gold_span, gold_article TO veritag_curator;
GRANT SELECT, INSERT ON gold_decision, gold_decision_source TO veritag_curator;
-- Gold links and the annotator links a link decision was taken over: curators only, like gold spans.
GRANT SELECT, INSERT, UPDATE, DELETE ON gold_link TO veritag_curator;
GRANT SELECT, INSERT ON gold_decision_link TO veritag_curator;
-- Claim clusters of the gold layer: curators only, like gold spans (an annotator never reads gold).
GRANT SELECT, INSERT, UPDATE, DELETE ON gold_claim_cluster, gold_claim_member TO veritag_curator;
-- Guidelines, recommender settings and cue lists: read by all, changed by curators.
GRANT SELECT ON guideline, suggest_recommender, suggest_cue TO veritag_annotator, veritag_curator;
GRANT INSERT, UPDATE, DELETE ON guideline, suggest_recommender, suggest_cue TO veritag_curator;
-- Links, rejected suggestions and span origins: each annotator's own, like spans (policies below).
GRANT SELECT, INSERT, UPDATE, DELETE ON span_link, suggest_rejection, span_origin TO veritag_annotator, veritag_curator;
-- Claim clusters and their members: each annotator's own, like spans (policies below).
GRANT SELECT, INSERT, UPDATE, DELETE ON claim_cluster, claim_member TO veritag_annotator, veritag_curator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO veritag_annotator, veritag_curator;

-- Annotators: each is the row whose name is the login; nobody adds a row in another's name.
ALTER TABLE annotator ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS annotator_read ON annotator;
CREATE POLICY annotator_read ON annotator FOR SELECT USING (true);
DROP POLICY IF EXISTS annotator_self ON annotator;
CREATE POLICY annotator_self ON annotator FOR INSERT WITH CHECK (name = session_user);

-- Spans: written only by their annotator; read by their annotator, by curators, by everyone when blind
-- labeling is off, and by an annotator who marked the article done.
ALTER TABLE span ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS span_read ON span;
CREATE POLICY span_read ON span FOR SELECT
    USING (annotator_id = (SELECT veritag_my_annotator_id()) OR (SELECT veritag_is_curator()) OR NOT (SELECT veritag_blind())
           OR veritag_done(article_id));
DROP POLICY IF EXISTS span_insert ON span;
CREATE POLICY span_insert ON span FOR INSERT WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));
DROP POLICY IF EXISTS span_update ON span;
CREATE POLICY span_update ON span FOR UPDATE
    USING (annotator_id = (SELECT veritag_my_annotator_id())) WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));
DROP POLICY IF EXISTS span_delete ON span;
CREATE POLICY span_delete ON span FOR DELETE USING (annotator_id = (SELECT veritag_my_annotator_id()));

-- Links follow the rule of spans; a rejection is its annotator's own; a span's origin goes with the span.
ALTER TABLE span_link ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS link_read ON span_link;
CREATE POLICY link_read ON span_link FOR SELECT
    USING (annotator_id = (SELECT veritag_my_annotator_id()) OR (SELECT veritag_is_curator()) OR NOT (SELECT veritag_blind())
           OR veritag_done(article_id));
DROP POLICY IF EXISTS link_write ON span_link;
CREATE POLICY link_write ON span_link FOR ALL
    USING (annotator_id = (SELECT veritag_my_annotator_id())) WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));
ALTER TABLE suggest_rejection ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS rejection_own ON suggest_rejection;
CREATE POLICY rejection_own ON suggest_rejection FOR ALL
    USING (annotator_id = (SELECT veritag_my_annotator_id())) WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));
ALTER TABLE span_origin ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS origin_read ON span_origin;
CREATE POLICY origin_read ON span_origin FOR SELECT USING (EXISTS (SELECT 1 FROM span s WHERE s.id = span_id));
DROP POLICY IF EXISTS origin_write ON span_origin;
CREATE POLICY origin_write ON span_origin FOR ALL
    USING (EXISTS (SELECT 1 FROM span s WHERE s.id = span_id AND s.annotator_id = (SELECT veritag_my_annotator_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM span s WHERE s.id = span_id AND s.annotator_id = (SELECT veritag_my_annotator_id())));

-- Claim clusters follow the rule of spans: written by their annotator; read by them, by curators, and by
-- everyone when blind labeling is off (a cluster spans articles, so "done" opens only the memberships of that article).
ALTER TABLE claim_cluster ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS cluster_read ON claim_cluster;
CREATE POLICY cluster_read ON claim_cluster FOR SELECT
    USING (annotator_id = (SELECT veritag_my_annotator_id()) OR (SELECT veritag_is_curator()) OR NOT (SELECT veritag_blind()));
DROP POLICY IF EXISTS cluster_write ON claim_cluster;
CREATE POLICY cluster_write ON claim_cluster FOR ALL
    USING (annotator_id = (SELECT veritag_my_annotator_id())) WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));
ALTER TABLE claim_member ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS member_read ON claim_member;
CREATE POLICY member_read ON claim_member FOR SELECT
    USING (annotator_id = (SELECT veritag_my_annotator_id()) OR (SELECT veritag_is_curator()) OR NOT (SELECT veritag_blind())
           OR veritag_done(article_id));
DROP POLICY IF EXISTS member_write ON claim_member;
CREATE POLICY member_write ON claim_member FOR ALL
    USING (annotator_id = (SELECT veritag_my_annotator_id())) WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));

-- Statuses: everybody reads them; each annotator sets only their own.
ALTER TABLE article_status ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS status_read ON article_status;
CREATE POLICY status_read ON article_status FOR SELECT USING (true);
DROP POLICY IF EXISTS status_insert ON article_status;
CREATE POLICY status_insert ON article_status FOR INSERT WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));
DROP POLICY IF EXISTS status_update ON article_status;
CREATE POLICY status_update ON article_status FOR UPDATE
    USING (annotator_id = (SELECT veritag_my_annotator_id())) WITH CHECK (annotator_id = (SELECT veritag_my_annotator_id()));
DROP POLICY IF EXISTS status_delete ON article_status;
CREATE POLICY status_delete ON article_status FOR DELETE USING (annotator_id = (SELECT veritag_my_annotator_id()));

-- Curators: each is the row named after the login, and decisions are recorded in the deciding curator's name.
ALTER TABLE curator ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS curator_read ON curator;
CREATE POLICY curator_read ON curator FOR SELECT USING (true);
DROP POLICY IF EXISTS curator_self ON curator;
CREATE POLICY curator_self ON curator FOR INSERT WITH CHECK (name = session_user);
ALTER TABLE gold_decision ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS decision_read ON gold_decision;
CREATE POLICY decision_read ON gold_decision FOR SELECT USING (true);
DROP POLICY IF EXISTS decision_own ON gold_decision;
CREATE POLICY decision_own ON gold_decision FOR INSERT WITH CHECK (curator_id = (SELECT veritag_my_curator_id()));
