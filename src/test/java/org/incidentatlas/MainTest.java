package org.incidentatlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {
    @ParameterizedTest
    @CsvSource({
        "extract, true",
        "snapshot, true",
        "eval, true",
        "--help, true",
        "-V, true",
        "geodata/corpus, false",
        "my-articles/a.txt, false",
        "'', false",
    })
    void subcommandsAndFlagsRunTheCliWhilePathsOpenTheApp(String first, boolean cli) {
        String[] args = first.isEmpty() ? new String[0] : new String[] {first};
        assertThat(Main.isCli(args)).isEqualTo(cli);
    }

    @org.junit.jupiter.api.Test
    void withoutADisplayOnLinuxTheAppSaysSoAndPointsToSnapshot() {
        org.assertj.core.api.Assertions.assertThat(Main.hasDisplay(java.util.Map.of(), "Linux")).isEqualTo(
                "Monocle".equals(System.getProperty("glass.platform")));
        org.assertj.core.api.Assertions.assertThat(Main.hasDisplay(java.util.Map.of("DISPLAY", ":0"), "Linux"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(Main.hasDisplay(java.util.Map.of(), "Windows 11")).isTrue();
        org.assertj.core.api.Assertions.assertThat(Main.NO_DISPLAY).contains("snapshot --out map.png");
    }

    @org.junit.jupiter.api.Test
    void aDisplayWithoutGtkNamesTheMissingLibraryAndHowToInstallIt() {
        // JavaFX's own words when libgtk-3 is absent (seen on a fresh Debian machine with Xvfb running)
        String m = Main.noWindow(":71", "Unable to load glass GTK library.");
        assertThat(m).contains("display :71").contains("GTK 3").contains("apt-get install libgtk-3-0")
                .contains("snapshot --out map.png").doesNotContain("none was found");
        assertThat(Main.noWindow(null, "no screens")).startsWith(Main.NO_DISPLAY).contains("(no screens)");
    }

    @org.junit.jupiter.api.Test
    void theLaunchersListOfCommandsIsTheCommandLines() {
        assertThat(Main.COMMAND_NAMES).containsExactlyInAnyOrderElementsOf(
                org.incidentatlas.cli.AtlasCommand.commandLine().getSubcommands().keySet());
        assertThat(Main.isCliName("extract")).isTrue();
        assertThat(Main.isCliName("geodata/corpus")).isFalse();
    }
}
