package io.veritag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the desktop image's start-up archive counts as made for the folder the launcher runs from. */
class StartCacheTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetLauncher() {
        System.clearProperty("jpackage.app-path");
    }

    @Test
    void withoutTheLauncherThereIsNoImageToLookAfter() {
        System.clearProperty("jpackage.app-path");
        assertThat(StartCache.ofThisLauncher()).isEmpty();
    }

    @Test
    void theArchiveFitsOnlyTheFolderItsNoteNames() throws Exception {
        Path image = fakeImage(dir.resolve("veritag"));
        Files.writeString(image.resolve("lib/app/veritag.jsa"), "archive");
        Files.writeString(image.resolve("lib/app/veritag.jsa.origin"), image.resolve("lib/app").toRealPath() + "\n");
        System.setProperty("jpackage.app-path", image.resolve("bin/veritag").toString());
        assertThat(StartCache.ofThisLauncher()).hasValueSatisfying(cache -> assertThat(cache.fitsHere()).isTrue());

        Path moved = dir.resolve("elsewhere");
        Files.move(image, moved);
        System.setProperty("jpackage.app-path", moved.resolve("bin/veritag").toString());
        assertThat(StartCache.ofThisLauncher()).hasValueSatisfying(cache -> assertThat(cache.fitsHere()).isFalse());
    }

    @Test
    void aMissingArchiveOrNoteNeverFits() throws Exception {
        Path image = fakeImage(dir.resolve("veritag"));
        System.setProperty("jpackage.app-path", image.resolve("bin/veritag").toString());
        assertThat(StartCache.ofThisLauncher()).hasValueSatisfying(cache -> assertThat(cache.fitsHere()).isFalse());
        Files.writeString(image.resolve("lib/app/veritag.jsa.origin"), image.resolve("lib/app").toRealPath() + "\n");
        assertThat(StartCache.ofThisLauncher()).hasValueSatisfying(cache -> assertThat(cache.fitsHere()).isFalse());
    }

    private static Path fakeImage(Path image) throws Exception {
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("bin/veritag"), "");
        Files.writeString(image.resolve("lib/app/veritag.jar"), "");
        return image;
    }
}
