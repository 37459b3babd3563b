package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.NewArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files of every article format: bytes flipped, cut short, repeated or zeroed at random (seeded, so a
 * failure repeats). Whatever the damage, a reader either reads an article or refuses the file with one line that
 * names it; no other exception, no stack trace, nothing half-read handed on.
 */
class CorruptDocumentsTest {
    private static final int DAMAGED_COPIES = 150;
    private static final String PARAGRAPH = "Officials said power was restored in Kherson on Sunday; Moscow denied any retreat 🇺🇦.";
    /** The PDF's standard font has no emoji. */
    private static final String LATIN = "Officials said power was restored in Kherson on Sunday; Moscow denied any retreat.";

    @ParameterizedTest
    @ValueSource(strings = {"damaged.pdf", "damaged.docx", "damaged.odt", "damaged.html", "damaged.jsonl", "damaged.txt"})
    void aDamagedFileIsReadOrRefusedInOneLineNamingIt(String name) throws IOException {
        byte[] intact = intact(name);
        assertThat(read(name, intact)).as("the intact file is read").isNotEmpty();
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int copy = 0; copy < DAMAGED_COPIES; copy++) {
            long seed = random.nextLong();
            Damage damage = Damage.values()[copy % Damage.values().length];
            byte[] damaged = damage.apply(intact, new SplittableRandom(seed));
            String where = name + " " + damage + " seed " + seed;
            try {
                List<NewArticle> articles = read(name, damaged);
                assertThat(articles).as(where).allSatisfy(a -> assertThat(a.text()).isNotBlank());
            } catch (InputProblem refused) {
                assertThat(refused.getMessage()).as(where).startsWith(name + ":").doesNotContain("\n").doesNotContain("\r");
            } catch (RuntimeException | StackOverflowError other) {
                throw new AssertionError(where + ": " + other, other);
            }
        }
    }

    private static List<NewArticle> read(String name, byte[] bytes) {
        List<NewArticle> articles = new ArrayList<>();
        ArticleReader.forFileName(name).read(name, new ByteArrayInputStream(bytes), articles::add);
        return articles;
    }

    private static byte[] intact(String name) throws IOException {
        String ending = name.substring(name.lastIndexOf('.') + 1);
        return switch (ending) {
            case "pdf" -> DocumentReadersTest.pdf(List.of(List.of("Statement", LATIN), List.of(LATIN, LATIN)),
                    "Statement", "Press office");
            case "docx" -> docx();
            case "odt" -> DocumentReadersTest.odt("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:h>Statement</text:h><text:p>" + PARAGRAPH + "</text:p><text:p>" + PARAGRAPH + "</text:p>"
                    + "</office:text></office:body></office:document-content>", null);
            case "html" -> ("<!doctype html><html><head><title>Statement</title><meta property=\"og:title\" content=\"Statement\">"
                    + "</head><body><nav>Home</nav><article><h1>Statement</h1><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH
                    + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            case "jsonl" -> ("{\"id\":\"a1\",\"title\":\"Statement\",\"text\":\"" + PARAGRAPH + "\"}\n"
                    + "{\"id\":\"a2\",\"title\":\"Second\",\"text\":\"" + PARAGRAPH + "\"}\n").getBytes(StandardCharsets.UTF_8);
            default -> (PARAGRAPH + "\n\n" + PARAGRAPH).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Statement");
            document.createParagraph().createRun().setText(PARAGRAPH);
            document.createParagraph().createRun().setText(PARAGRAPH);
            document.write(out);
            return out.toByteArray();
        }
    }

    private enum Damage {
        FLIPPED_BYTES {
            @Override
            byte[] apply(byte[] intact, SplittableRandom random) {
                byte[] copy = intact.clone();
                for (int i = random.nextInt(1, 9); i > 0; i--) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
        },
        CUT_SHORT {
            @Override
            byte[] apply(byte[] intact, SplittableRandom random) {
                return Arrays.copyOf(intact, random.nextInt(1, intact.length));
            }
        },
        REPEATED_SLICE {
            @Override
            byte[] apply(byte[] intact, SplittableRandom random) {
                int from = random.nextInt(intact.length);
                int to = random.nextInt(from, intact.length + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(intact, 0, to);
                out.write(intact, from, intact.length - from);
                return out.toByteArray();
            }
        },
        ZEROED_RUN {
            @Override
            byte[] apply(byte[] intact, SplittableRandom random) {
                byte[] copy = intact.clone();
                int from = random.nextInt(copy.length);
                Arrays.fill(copy, from, Math.min(copy.length, from + random.nextInt(1, 64)), (byte) 0);
                return copy;
            }
        };

        abstract byte[] apply(byte[] intact, SplittableRandom random);
    }
}
