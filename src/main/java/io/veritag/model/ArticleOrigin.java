package io.veritag.model;

/** Where an article came from beyond its outlet, url and date: the file it was read from and its author (either may be null). */
public record ArticleOrigin(String fileName, String author) {
}
