package io.veritag.ui;

import java.util.function.IntConsumer;

/**
 * Tests run the program's own start and close, which end the program through {@link CrashReporter#exit}. A test
 * catches that with {@link #catchInto}; after it, {@link #release} never puts {@code System.exit} back: a start
 * a failed test left running (a dialog still open, a database still held back) must not end the JVM that runs
 * the other test classes, as it did once, hiding every result after it.
 */
final class ExitTrap {
    private ExitTrap() {
    }

    static void catchInto(IntConsumer exits) {
        CrashReporter.exit = exits;
    }

    static void release() {
        CrashReporter.exit = code -> System.err.println("a test's leftover program tried to end with " + code
                + "; the test JVM goes on");
    }
}
