-- Veritag schema, version 50 (team branch): project settings, one row per setting.
-- blind_labeling: on a team server, an annotator may read another annotator's spans on an article only after
-- marking that article done (enforced by row-level security, see `veritag team init`); off: everyone reads all.
-- Portable between H2 and PostgreSQL.

CREATE TABLE project_setting (
    name   VARCHAR(60)  NOT NULL,
    setting_value VARCHAR(200) NOT NULL,
    CONSTRAINT pk_project_setting PRIMARY KEY (name)
);

INSERT INTO project_setting (name, setting_value) VALUES ('blind_labeling', 'true');
