package io.veritag.store;

import static io.veritag.store.generated.Tables.GUIDELINE;

import io.veritag.model.Guideline;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Guideline texts: a new text is a new version, the old ones stay. */
public final class GuidelineStore {
    private final DSLContext ctx;

    GuidelineStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The newest version of every subject, by subject. */
    public List<Guideline> current() {
        var g2 = GUIDELINE.as("g2");
        return ctx.selectFrom(GUIDELINE)
                .where(GUIDELINE.VERSION.eq(DSL.select(DSL.max(g2.VERSION)).from(g2).where(g2.SUBJECT.eq(GUIDELINE.SUBJECT))))
                .orderBy(GUIDELINE.SUBJECT)
                .fetch(r -> new Guideline(r.getSubject(), r.getVersion(), r.getText(), r.getAuthor(), r.getCreatedAt().toInstant()));
    }

    public Optional<Guideline> current(String subject) {
        return ctx.selectFrom(GUIDELINE).where(GUIDELINE.SUBJECT.eq(subject)).orderBy(GUIDELINE.VERSION.desc()).limit(1)
                .fetchOptional(r -> new Guideline(r.getSubject(), r.getVersion(), r.getText(), r.getAuthor(), r.getCreatedAt().toInstant()));
    }

    /** Every version of a subject, oldest first. */
    public List<Guideline> history(String subject) {
        return ctx.selectFrom(GUIDELINE).where(GUIDELINE.SUBJECT.eq(subject)).orderBy(GUIDELINE.VERSION)
                .fetch(r -> new Guideline(r.getSubject(), r.getVersion(), r.getText(), r.getAuthor(), r.getCreatedAt().toInstant()));
    }

    /** Adds the next version of a subject's text. */
    public Guideline add(String subject, String text, String author) {
        int next = current(subject).map(g -> g.version() + 1).orElse(1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ctx.insertInto(GUIDELINE).set(GUIDELINE.SUBJECT, subject).set(GUIDELINE.VERSION, next).set(GUIDELINE.TEXT, text)
                .set(GUIDELINE.AUTHOR, author).set(GUIDELINE.CREATED_AT, now).execute();
        return new Guideline(subject, next, text, author, now.toInstant());
    }
}
