package io.veritag.service;

import io.veritag.model.AnnotatorName;
import io.veritag.model.Guideline;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Guideline texts per label and link type. Editing never overwrites: each saved text is the subject's next
 * version, and new spans are stamped with the version in force when they are made. In team mode the database
 * lets only curators write guidelines.
 */
public final class GuidelineService {
    /** The guideline column's size. */
    public static final int MAX_TEXT = 8000;

    private final Store store;

    public GuidelineService(Store store) {
        this.store = store;
    }

    /** The subjects a guideline can be about: the labels (with SOURCE), then the link types. */
    public static List<String> subjects() {
        List<String> subjects = new ArrayList<>(List.of(Label.CLAIM, Label.DENIAL, Label.SPECULATION, Label.SOURCE));
        for (LinkType type : LinkType.values()) {
            subjects.add(type.name());
        }
        return subjects;
    }

    /** The newest version of each subject. */
    public List<Guideline> current() {
        return store.guidelines().current();
    }

    /** Every version of a subject, oldest first. */
    public List<Guideline> history(String subject) {
        return store.guidelines().history(subject(subject));
    }

    /**
     * Saves {@code text} as the subject's next version, by {@code author}.
     *
     * @throws IllegalArgumentException for an unknown subject, an empty or too long text, a text equal to the
     *                                  current version, or a bad author name
     */
    public Guideline set(String subject, String text, String author) {
        String key = subject(subject);
        String name = AnnotatorName.checked(author);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("the guideline text for " + key + " is empty");
        }
        if (body.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the guideline text for " + key + " has " + body.length()
                    + " characters, at most " + MAX_TEXT + " fit");
        }
        return store.inTransaction(tx -> {
            var current = tx.guidelines().current(key);
            if (current.isPresent() && current.get().text().equals(body)) {
                throw new IllegalArgumentException("the text is the same as " + key + " version "
                        + current.get().version() + ": nothing saved");
            }
            return tx.guidelines().add(key, body, name);
        });
    }

    private static String subject(String subject) {
        String key = subject == null ? "" : subject.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!subjects().contains(key)) {
            throw new IllegalArgumentException("no guideline subject '" + (subject == null ? "" : subject.strip())
                    + "' (subjects: " + String.join(", ", subjects()) + ")");
        }
        return key;
    }
}
