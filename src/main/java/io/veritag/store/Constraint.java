package io.veritag.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The named constraints of the schema ({@code schema/*.sql}), so that a violation is matched by a constant, not
 * by a string read out of the driver's message. A test keeps this list equal to the migrations.
 */
public enum Constraint {
    CK_ANNOTATOR_NAME,
    CK_ARTICLE_STATUS,
    CK_ARTICLE_TEXT_LENGTH,
    CK_CLAIM_CLUSTER_CANONICAL,
    CK_CLAIM_MEMBER_ROLE,
    CK_CURATOR_NAME,
    CK_GOLD_ARTICLE_COUNTS,
    CK_GOLD_ARTICLE_STATUS,
    CK_GOLD_DECISION_AFTER,
    CK_GOLD_DECISION_BEFORE,
    CK_GOLD_DECISION_DISAGREEMENT_KIND,
    CK_GOLD_DECISION_KIND,
    CK_GOLD_DECISION_SOURCE_OFFSETS,
    CK_GOLD_DECISION_TARGET,
    CK_GOLD_SPAN_OFFSETS,
    CK_GUIDELINE_SUBJECT,
    CK_GUIDELINE_VERSION,
    CK_LABEL_COLOUR,
    CK_LABEL_LAYER,
    CK_SPAN_GUIDELINE_VERSION,
    CK_SPAN_LINK_KIND,
    CK_SPAN_OFFSETS,
    CK_SPAN_SOURCE_TYPE,
    CK_SPAN_ORIGIN_RECOMMENDER,
    CK_SUGGEST_CUE_PHRASE,
    CK_SUGGEST_RECOMMENDER_MIN_F1,
    CK_SUGGEST_RECOMMENDER_NAME,
    CK_SUGGEST_REJECTION_OFFSETS,
    FK_ARTICLE_STATUS_ANNOTATOR,
    FK_ARTICLE_STATUS_ARTICLE,
    FK_CLAIM_CLUSTER_ANNOTATOR,
    FK_CLAIM_MEMBER_CLUSTER,
    FK_CLAIM_MEMBER_SPAN,
    FK_GOLD_ARTICLE_ARTICLE,
    FK_GOLD_ARTICLE_CURATOR,
    FK_GOLD_DECISION_ARTICLE,
    FK_GOLD_DECISION_CURATOR,
    FK_GOLD_DECISION_SOURCE_DECISION,
    FK_GOLD_DECISION_TARGET,
    FK_GOLD_SPAN_ARTICLE,
    FK_GOLD_SPAN_LABEL,
    FK_SPAN_ANNOTATOR,
    FK_SPAN_ARTICLE,
    FK_SPAN_LABEL,
    FK_SPAN_LINK_FROM,
    FK_SPAN_LINK_TO,
    FK_SPAN_ORIGIN_SPAN,
    FK_SUGGEST_CUE_LABEL,
    FK_SUGGEST_REJECTION_ANNOTATOR,
    FK_SUGGEST_REJECTION_ARTICLE,
    FK_SUGGEST_REJECTION_LABEL,
    PK_ANNOTATOR,
    PK_ARTICLE,
    PK_ARTICLE_STATUS,
    PK_CLAIM_CLUSTER,
    PK_CLAIM_MEMBER,
    PK_CURATOR,
    PK_GOLD_ARTICLE,
    PK_GOLD_DECISION,
    PK_GOLD_DECISION_SOURCE,
    PK_GOLD_SPAN,
    PK_GUIDELINE,
    PK_LABEL,
    PK_SPAN,
    PK_SPAN_LINK,
    PK_SPAN_ORIGIN,
    PK_SUGGEST_CUE,
    PK_SUGGEST_RECOMMENDER,
    PK_SUGGEST_REJECTION,
    UQ_ANNOTATOR_NAME,
    UQ_ARTICLE_EXTERNAL_ID,
    UQ_ARTICLE_ID_LENGTH,
    UQ_ARTICLE_TEXT_SHA256,
    UQ_CLAIM_CLUSTER_OWNER,
    UQ_CURATOR_NAME,
    UQ_GOLD_SPAN_IDENTITY,
    UQ_LABEL_SHORTCUT_KEY,
    UQ_SPAN_IDENTITY,
    UQ_SPAN_LINK_END,
    UQ_SPAN_LINK_PAIR;

    /** The name as written in the schema, lower case. */
    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constraint of that name (any case), if the schema has it. */
    public static Optional<Constraint> named(String name) {
        for (Constraint c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
