package io.veritag.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user guide shown by Help: the README's user-facing sections, copied into the jar by the build, so the
 * program and the README never say different things. Developer sections are left out.
 */
final class UserGuide {
    static final String KEYBOARD_SHORTCUTS = "Keyboard shortcuts";
    private static final String RESOURCE = "/io/veritag/ui/README.md";
    /** Sections for whoever builds or changes Veritag, not for a reviewer. */
    private static final Set<String> FOR_DEVELOPERS = Set.of("Two commands", "Benchmarks", "For developers");

    /** One {@code ##} section of the README: its title and its lines, headings of lower levels included. */
    record Section(String title, List<String> lines) {
    }

    private final List<Section> sections;

    private UserGuide(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    static UserGuide bundled() {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the user guide " + RESOURCE + " is missing from the program");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UserGuide parse(String markdown) {
        List<Section> sections = new ArrayList<>();
        String title = null;
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\\R", -1)) {
            if (line.startsWith("## ")) {
                add(sections, title, lines);
                title = line.substring(3).strip();
                lines = new ArrayList<>();
            } else if (title != null && !line.startsWith("![")) {
                lines.add(line);
            }
        }
        add(sections, title, lines);
        return new UserGuide(sections);
    }

    private static void add(List<Section> sections, String title, List<String> lines) {
        if (title != null && !FOR_DEVELOPERS.contains(title)) {
            sections.add(new Section(title, List.copyOf(lines)));
        }
    }

    List<Section> sections() {
        return sections;
    }

    Optional<Section> section(String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst();
    }
}
