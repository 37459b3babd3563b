package io.veritag.cli;

import io.veritag.model.AnnotatorName;
import java.util.Optional;

/**
 * The window's own arguments ({@code --db}, {@code --annotator}), read without building the whole command line:
 * picocli looks at every subcommand's annotations before it parses anything, a third of a second that the
 * window does not need. Anything else (a subcommand, another option, a repeated or doubtful value) is left to
 * picocli, so the messages and the rules stay picocli's.
 */
record WindowArguments(String db, String annotator) {

    static Optional<WindowArguments> of(String[] args) {
        String db = null;
        String annotator = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.startsWith("@") || (i + 1 < args.length && args[i + 1].startsWith("@"))) {
                return Optional.empty(); // an argument file: picocli reads it
            }
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            switch (name) {
                case "--db" -> {
                    if (db != null) {
                        return Optional.empty();
                    }
                    db = value;
                }
                case "--annotator" -> {
                    if (annotator != null || !isValidName(value)) {
                        return Optional.empty();
                    }
                    annotator = value;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new WindowArguments(db, annotator));
    }

    private static boolean isValidName(String name) {
        try {
            return AnnotatorName.checked(name).equals(name);
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
