package io.veritag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Puts Veritag in the desktop's application menu: a freedesktop.org entry for the launcher this command was
 * started from, with the image's icon. Only the desktop image has a launcher to point at.
 */
@Command(name = "desktop-entry", mixinStandardHelpOptions = true,
        description = "Add Veritag to the desktop's application menu (run from the desktop image's bin/veritag).")
final class DesktopEntryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Where to write veritag.desktop (default: $XDG_DATA_HOME/applications, else ~/.local/share/applications).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        String launcherPath = System.getProperty("jpackage.app-path");
        if (launcherPath == null) {
            throw new ParameterException(spec.commandLine(),
                    "desktop-entry needs the desktop image's launcher: run target/veritag/bin/veritag desktop-entry");
        }
        Path launcher = Path.of(launcherPath).toAbsolutePath();
        Path icon = launcher.getParent().getParent().resolve("lib").resolve("veritag.png");
        Path target = (folder != null ? folder : defaultFolder()).resolve("veritag.desktop");
        Files.createDirectories(target.getParent());
        Files.writeString(target, entry(launcher, icon), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + target + ": Veritag is in the application menu (launcher " + launcher + ").");
        out.flush();
        return 0;
    }

    static String entry(Path launcher, Path icon) {
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=Veritag\n"
                + "GenericName=Annotation workbench\n"
                + "Comment=Tag claims, denials and speculation in news articles\n"
                + "Exec=" + execArgument(launcher.toString()) + "\n"
                + "Icon=" + value(icon.toString()) + "\n"
                + "Terminal=false\n"
                + "Categories=Office;\n"
                + "StartupWMClass=io-veritag-Veritag\n";
    }

    /**
     * The Exec key's quoting (Desktop Entry Specification, "The Exec key"): the path in double quotes with
     * {@code " ` $ \} escaped by a backslash, {@code %} doubled, then the string-value escapes on top.
     */
    static String execArgument(String path) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : path.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            } else if (c == '%') {
                quoted.append('%');
            }
            quoted.append(c);
        }
        return value(quoted.append('"').toString());
    }

    /** A string value: backslash, newline, tab and carriage return escaped, so that a path stays one line. */
    static String value(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static Path defaultFolder() {
        String dataHome = System.getenv("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()
                ? Path.of(dataHome) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("applications");
    }
}
