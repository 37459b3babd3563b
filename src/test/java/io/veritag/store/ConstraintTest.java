package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The typed constraint names stay the ones the migrations create, and a violation carries its constant. */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class ConstraintTest {
    @Test
    void theEnumListsExactlyTheConstraintsOfTheMigrations() throws IOException {
        Set<String> inSchema = new TreeSet<>();
        Pattern named = Pattern.compile("CONSTRAINT\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = named.matcher(Files.readString(file));
                while (m.find()) {
                    inSchema.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(inSchema).isNotEmpty();
        assertThat(new TreeSet<>(Arrays.stream(Constraint.values()).map(Constraint::sqlName).toList())).isEqualTo(inSchema);
    }
}
