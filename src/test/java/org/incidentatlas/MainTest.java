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
    void theLaunchersListOfCommandsIsTheCommandLines() {
        assertThat(Main.COMMAND_NAMES).containsExactlyInAnyOrderElementsOf(
                org.incidentatlas.cli.AtlasCommand.commandLine().getSubcommands().keySet());
        assertThat(Main.isCliName("extract")).isTrue();
        assertThat(Main.isCliName("geodata/corpus")).isFalse();
    }
}
