package io.veritag.model;

import java.time.Instant;

/** One version of the guideline text for a label or a link type ({@code subject}: CLAIM … SOURCE, SAID_BY …). */
public record Guideline(String subject, int version, String text, String author, Instant createdAt) {
}
