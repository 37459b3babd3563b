package io.veritag.ui;

import io.veritag.model.AppVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.util.function.IntConsumer;
import javax.swing.SwingUtilities;
import org.slf4j.LoggerFactory;

/**
 * No silent failures: an exception nobody caught, on any thread (the event thread and start-up included),
 * is written to the log and shown in a dialog with a report the user can copy; once that happened, the
 * program never ends with exit code 0.
 */
public final class CrashReporter {
    /** How the program ends; tests record the code instead. */
    static volatile IntConsumer exit = System::exit;
    private static volatile boolean failed;

    private CrashReporter() {
    }

    /** Catches every uncaught exception from now on. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(CrashReporter::uncaught);
    }

    /** True once an exception went uncaught. */
    public static boolean failed() {
        return failed;
    }

    /** The exit code to end with: {@code normal}, unless something failed on the way. */
    public static int exitCode(int normal) {
        return failed && normal == 0 ? 1 : normal;
    }

    /** Ends the program. */
    static void exit(int code) {
        exit.accept(exitCode(code));
    }

    static void uncaught(Thread thread, Throwable failure) {
        failed = true;
        // the logger is fetched only now: setting up logging must not sit on the way to the first window
        LoggerFactory.getLogger(CrashReporter.class).error("Uncaught exception in thread {}", thread.getName(), failure);
        String report = report(thread, failure);
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            System.err.println(report);
            return;
        }
        Runnable show = () -> CrashDialog.show(summary(failure), report);
        if (SwingUtilities.isEventDispatchThread()) {
            show.run();
        } else {
            try {
                SwingUtilities.invokeAndWait(show);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.lang.reflect.InvocationTargetException e) {
                System.err.println(report);
            }
        }
    }

    static String summary(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage().lines().findFirst().orElse("");
        return "Something went wrong: " + message;
    }

    /** What the user copies: version, time, thread, Java and system, where the log is, and the stack trace. */
    static String report(Thread thread, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return "Veritag " + AppVersion.program() + ", " + ZonedDateTime.now() + "\n"
                + "Thread: " + thread.getName() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "Log: " + io.veritag.LogSetup.folder() + "\n\n"
                + trace;
    }
}
