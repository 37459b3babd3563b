package io.veritag.cli;

/** How listings are printed: aligned text for people, a JSON array of objects for scripts. */
enum OutputFormat {
    text, json
}
