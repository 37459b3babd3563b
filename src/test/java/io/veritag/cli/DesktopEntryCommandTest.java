package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** veritag desktop-entry: a menu entry for the launcher it ran from, quoted so that no path can break it. */
class DesktopEntryCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetLauncher() {
        System.clearProperty("jpackage.app-path");
    }

    @Test
    void writesAnEntryForTheLauncherWithItsIcon() throws Exception {
        Path image = dir.resolve("Apps").resolve("veritag");
        System.setProperty("jpackage.app-path", image.resolve("bin/veritag").toString());
        CommandRun veritag = new CommandRun(dir.resolve("db").toString());

        assertThat(veritag.run("desktop-entry", "--folder", dir.resolve("menu").toString())).isZero();

        String entry = Files.readString(dir.resolve("menu/veritag.desktop"));
        assertThat(entry).startsWith("[Desktop Entry]\n").contains("Type=Application\n", "Name=Veritag\n", "Terminal=false\n")
                .contains("Exec=\"" + image.resolve("bin/veritag") + "\"\n")
                .contains("Icon=" + image.resolve("lib/veritag.png") + "\n");
        assertThat(veritag.out()).startsWith("Wrote " + dir.resolve("menu/veritag.desktop"));
    }

    @Test
    void aPathWithQuotesDollarsPercentAndNewlinesStaysOneQuotedArgument() {
        String exec = DesktopEntryCommand.execArgument("/opt/my \"apps\"/$HOME/100%/`x`\\y\nExec=rm -rf ~/veritag");
        // the spec's two layers: inside the quotes \" \$ \` \\ and %%; then the string escapes double each backslash
        assertThat(exec).isEqualTo("\"/opt/my \\\\\"apps\\\\\"/\\\\$HOME/100%%/\\\\`x\\\\`\\\\\\\\y\\nExec=rm -rf ~/veritag\"");
        assertThat(exec).doesNotContain("\n");
    }

    @Test
    void withoutTheLauncherItSaysWhereToRunItFrom() {
        System.clearProperty("jpackage.app-path");
        CommandRun veritag = new CommandRun(dir.resolve("db").toString());
        assertThat(veritag.run("desktop-entry", "--folder", dir.resolve("menu").toString())).isEqualTo(2);
        assertThat(veritag.err()).startsWith("desktop-entry needs the desktop image's launcher: run target/veritag/bin/veritag desktop-entry");
        assertThat(dir.resolve("menu")).doesNotExist();
    }
}
