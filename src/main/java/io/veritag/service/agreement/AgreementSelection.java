package io.veritag.service.agreement;

import java.util.List;

/**
 * What an agreement report compares.
 *
 * @param annotators        names to compare; empty means everyone who has at least one span
 * @param includeUnfinished false: only articles every chosen annotator marked done; true: also articles
 *                          some of them have only started (status in progress, or spans there)
 * @param source            only articles from this source, or null for all
 * @param labels            only spans with these labels, or empty for all labels
 */
public record AgreementSelection(List<String> annotators, boolean includeUnfinished, String source, List<String> labels) {
    public static final AgreementSelection ALL = new AgreementSelection(List.of(), false, null, List.of());

    public AgreementSelection {
        annotators = List.copyOf(annotators);
        labels = List.copyOf(labels);
        source = source == null || source.isBlank() ? null : source.strip();
    }
}
