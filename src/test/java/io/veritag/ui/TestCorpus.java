package io.veritag.ui;

import io.veritag.model.NewArticle;
import io.veritag.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Stores the bundled sample articles directly (tests of the window need articles, not the importer). */
final class TestCorpus {
    static final String[] FILES = {"000_9b7bed599d2e3ec6.txt", "001_aa7f81e907bc8426.txt", "002_2190b3e444b61836.txt",
            "003_d14ddbe9530e48af.txt", "004_f44f56fad39cf0bc.txt"};

    private TestCorpus() {
    }

    static List<Long> load(Store store) {
        List<Long> ids = new ArrayList<>();
        for (String file : FILES) {
            String text = read("/io/veritag/samples/" + file).replace("\r\n", "\n").strip();
            String title = text.lines().filter(l -> l.chars().anyMatch(Character::isLetter)).map(String::strip).findFirst().orElse(file);
            if (title.length() > 100) {
                title = title.substring(0, 100);
            }
            ids.add(store.articles().insert(new NewArticle(file.replace(".txt", ""), title, "sample", null, null, text), sha256(text)));
        }
        return ids;
    }

    static long add(Store store, String id, String title, String text) {
        return store.articles().insert(new NewArticle(id, title, "test", null, null, text), sha256(text));
    }

    private static String read(String resource) {
        try (InputStream in = TestCorpus.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
