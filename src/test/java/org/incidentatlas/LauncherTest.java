package org.incidentatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;

    private final Map<String, String> props = new HashMap<>(Map.of(
            "java.home", System.getProperty("java.home"),
            "java.vm.version", System.getProperty("java.vm.version"),
            "os.name", System.getProperty("os.name")));

    private UnaryOperator<String> properties() {
        return props::get;
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("incident-atlas.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {'P', 'K', 3, 4});
        }
        return jar;
    }

    private Launcher.Plan plan(List<String> jvmArgs, String... args) throws IOException {
        return Launcher.plan(args, properties(), Map.of(), jvmArgs, jar(), dir.resolve("settings"));
    }

    /** A file that starts like a dynamic CDS archive (JDK 17 magic) and is large enough to be one. */
    private static void fakeArchive(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[8192];
        bytes[0] = (byte) 0xa8;
        bytes[1] = (byte) 0xab;
        bytes[2] = 0x0b;
        bytes[3] = (byte) 0xf0;
        Files.write(file, bytes);
    }

    @Test
    void theSwitchesTheMarkerDebuggingAndBenchKeepTheProgramInThisJvm() {
        String[] extract = {"extract", "x"};
        assertThat(Launcher.relaunchWanted(extract, k -> null, Map.of(), List.of("-Xmx2g"))).isTrue();
        assertThat(Launcher.relaunchWanted(new String[0], k -> null, Map.of(), List.of())).isTrue();
        assertThat(Launcher.relaunchWanted(extract, Map.of("incidentatlas.relaunch", "false")::get, Map.of(),
                List.of())).isFalse();
        assertThat(Launcher.relaunchWanted(extract, Map.of("incidentatlas.relaunched", "true")::get, Map.of(),
                List.of())).isFalse();
        assertThat(Launcher.relaunchWanted(extract, k -> null, Map.of("INCIDENT_ATLAS_NO_RELAUNCH", "1"), List.of()))
                .isFalse();
        assertThat(Launcher.relaunchWanted(extract, k -> null, Map.of("INCIDENT_ATLAS_NO_RELAUNCH", "0"), List.of()))
                .isTrue();
        assertThat(Launcher.relaunchWanted(extract, k -> null, Map.of(),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"))).isFalse();
        assertThat(Launcher.relaunchWanted(extract, k -> null, Map.of(),
                List.of("-XX:StartFlightRecording=filename=x.jfr"))).isFalse();
        assertThat(Launcher.relaunchWanted(new String[] {"bench"}, k -> null, Map.of(), List.of())).isFalse();
        assertThat(Launcher.relaunchWanted(new String[] {"--version"}, k -> null, Map.of(), List.of())).isFalse();
    }

    @Test
    void theOptionsOfThisJvmAreReadFromItsCommandLine() {
        assertThat(Launcher.jvmOptions(List.of("-Xmx2g", "-Dincidentatlas.settings=/a b", "-jar", "x.jar", "-Xfoo")))
                .containsExactly("-Xmx2g", "-Dincidentatlas.settings=/a b");
        assertThat(Launcher.jvmOptions(List.of("-cp", "x.jar", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "org.incidentatlas.Launcher", "extract"))).containsExactly("--add-opens",
                "java.base/java.lang=ALL-UNNAMED");
        assertThat(Launcher.jvmOptions(List.of("-jar", "x.jar"))).isEmpty();
        assertThat(Launcher.jvmOptions(List.of("-m", "atlas/org.incidentatlas.Launcher"))).isNull();
        assertThat(Launcher.jvmOptions(List.of("-version"))).isNull();
    }

    @Test
    void anAgentInTheOptionEnvironmentKeepsTheProgramHere() {
        assertThat(Launcher.relaunchWanted(new String[] {"extract"}, k -> null,
                Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -javaagent:/opt/agent.jar"), List.of())).isFalse();
        assertThat(Launcher.relaunchWanted(new String[] {"extract"}, k -> null,
                Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"), List.of())).isTrue();
    }

    @Test
    void theAppKeepsTheDefaultCollectorAndTheLaunchTimeGoesToTheChild() throws IOException {
        Launcher.Plan plan = plan(List.of()).withLaunch(1_000L, 250L, true);
        assertThat(plan.command()).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC")
                .containsSubsequence("-Dincidentatlas.launch.start=1000", "-cp", "org.incidentatlas.Main")
                .contains("-Dincidentatlas.launch.cpu=250");
        assertThat(plan.keepOptionEnvironment()).isTrue();
        assertThat(plan.command().get(plan.command().size() - 1)).isEqualTo("org.incidentatlas.Main");
    }

    @Test
    void theChildGetsTheFlagsThenTheUsersOptionsTheMarkerAndTheSameArguments() throws IOException {
        Launcher.Plan plan = plan(List.of("-Xmx3g", "-Dfoo=bar"), "extract", "my articles", "--out", "x.json");
        List<String> cmd = plan.command();
        assertThat(cmd.get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin").resolve(
                System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java").toString());
        assertThat(cmd).containsSubsequence("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.25",
                "-Xmx3g", "-Dfoo=bar",
                "-Dincidentatlas.relaunched=true", "-cp", jar().toString(), "org.incidentatlas.Main", "extract",
                "my articles", "--out", "x.json");
        assertThat(cmd.subList(cmd.size() - 4, cmd.size())).containsExactly("extract", "my articles", "--out",
                "x.json");
    }

    @Test
    void theAppAsksForHugePagesOnLinuxOnlyCommandsNeverAndTheUsersOwnChoiceComesLater() throws IOException {
        props.put("os.name", "Linux");
        assertThat(plan(List.of(), "extract").command()).contains("-XX:+UseSerialGC")
                .doesNotContain("-XX:+UseTransparentHugePages");
        assertThat(plan(List.of("-XX:+UseTransparentHugePages"), "extract").command()).containsSubsequence(
                "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages", "-Dincidentatlas.relaunched=true");
        assertThat(plan(List.of("-XX:NewSize=64m")).command()).containsSubsequence("-XX:TieredStopAtLevel=1",
                "-XX:NewSize=128m", "-XX:+UseTransparentHugePages", "-XX:NewSize=64m");
        props.put("os.name", "Mac OS X");
        assertThat(plan(List.of(), "extract").command()).contains("-XX:+UseSerialGC")
                .doesNotContain("-XX:+UseTransparentHugePages");
        assertThat(plan(List.of()).command()).contains("-XX:NewSize=128m")
                .doesNotContain("-XX:+UseTransparentHugePages");
    }

    @Test
    void aGarbageCollectorChosenByTheUserIsNotOverriddenAndTheirArchiveOptionsWin() throws IOException {
        List<String> cmd = plan(List.of("-XX:+UseG1GC"), "extract").command();
        assertThat(cmd).doesNotContain("-XX:+UseSerialGC").contains("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC");
        Launcher.Plan own = plan(List.of("-XX:SharedArchiveFile=/somewhere/mine.jsa"), "extract");
        assertThat(own.archive()).isNull();
        assertThat(own.command()).filteredOn(a -> a.contains("Archive")).containsExactly(
                "-XX:SharedArchiveFile=/somewhere/mine.jsa");
    }

    @Test
    void withoutAnArchiveTheChildWritesOneToATemporaryNameInTheSettingsFolder() throws IOException {
        Launcher.Plan plan = plan(List.of(), "extract", "x");
        Path cds = dir.resolve("settings").resolve("cds");
        assertThat(plan.archive().getParent()).isEqualTo(cds);
        assertThat(plan.archive().getFileName().toString()).startsWith("cli-4-").endsWith(".jsa");
        assertThat(plan.dumpTo().getParent()).isEqualTo(cds);
        assertThat(plan.dumpTo().getFileName().toString()).startsWith(plan.archive().getFileName() + ".")
                .endsWith(".tmp");
        assertThat(plan.command()).contains("-XX:ArchiveClassesAtExit=" + plan.dumpTo(), "-Xlog:cds=off")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        // the app loads other classes than the commands: an archive of its own
        assertThat(plan(List.of()).archive().getFileName().toString()).startsWith("app-");
    }

    @Test
    void aWholeArchiveIsUsedAGarbledOneIsWrittenAgainAndAnotherJarsIsIgnored() throws IOException {
        Path archive = plan(List.of(), "extract").archive();
        fakeArchive(archive);
        Launcher.Plan using = plan(List.of(), "extract");
        assertThat(using.dumpTo()).isNull();
        assertThat(using.command()).contains("-XX:SharedArchiveFile=" + archive);

        Files.writeString(archive, "not an archive at all");
        assertThat(plan(List.of(), "extract").command()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"))
                .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));

        fakeArchive(archive);
        Files.setLastModifiedTime(jar(), FileTime.fromMillis(Files.getLastModifiedTime(jar()).toMillis() - 60_000));
        Launcher.Plan rebuilt = plan(List.of(), "extract");
        assertThat(rebuilt.archive()).isNotEqualTo(archive);
        assertThat(rebuilt.command()).doesNotContain("-XX:SharedArchiveFile=" + archive)
                .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        // another JVM: another archive
        props.put("java.vm.version", "99.0.1+1");
        assertThat(plan(List.of(), "extract").archive()).isNotEqualTo(rebuilt.archive());
    }

    @Test
    void whereNoArchiveCanBeWrittenTheChildRunsWithoutOne() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("settings-file"), "x");
        Launcher.Plan plan = Launcher.plan(new String[] {"extract"}, properties(), Map.of(), List.of(), jar(),
                notAFolder);
        assertThat(plan.archive()).isNull();
        assertThat(plan.dumpTo()).isNull();
        assertThat(plan.command()).contains("-XX:+UseSerialGC").noneMatch(a -> a.contains("Archive"));
    }

    @Test
    void aNewArchiveIsMovedInPlaceOnlyAfterANormalExitAndWhenItLooksWhole() throws IOException {
        Path cds = Files.createDirectories(dir.resolve("cds"));
        Path archive = cds.resolve("cli-1-2-0.jsa");
        Path tmp = cds.resolve("cli-1-2-0.jsa.77.tmp");

        fakeArchive(tmp);
        Launcher.keepArchive(tmp, archive, 134);
        assertThat(tmp).doesNotExist();
        assertThat(archive).doesNotExist();

        Files.write(tmp, new byte[100]);
        Launcher.keepArchive(tmp, archive, 0);
        assertThat(tmp).doesNotExist();
        assertThat(archive).doesNotExist();

        fakeArchive(tmp);
        Launcher.keepArchive(tmp, archive, 3);
        assertThat(tmp).doesNotExist();
        assertThat(Launcher.usableArchive(archive)).isTrue();
    }

    @Test
    void onlyTheNewestArchivesAreKept() throws Exception {
        Path cds = Files.createDirectories(dir.resolve("cds"));
        for (int i = 0; i < 6; i++) {
            Path a = cds.resolve("cli-" + i + ".jsa");
            fakeArchive(a);
            Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path oldTmp = cds.resolve("cli-9.jsa.12.tmp");
        Files.writeString(oldTmp, "x");
        Files.setLastModifiedTime(oldTmp, FileTime.fromMillis(1_000L));
        // a fresh one whose launcher still runs (this JVM) stays; a fresh one whose launcher has ended goes
        long self = ProcessHandle.current().pid();
        Path freshTmp = cds.resolve("cli-9.jsa." + self + ".tmp");
        Files.writeString(freshTmp, "x");
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path orphanTmp = cds.resolve("cli-9.jsa." + ended.pid() + ".tmp");
        Files.writeString(orphanTmp, "x");
        Launcher.pruneArchives(cds, 4);
        try (var files = Files.list(cds)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("cli-2.jsa",
                    "cli-3.jsa", "cli-4.jsa", "cli-5.jsa", "cli-9.jsa." + self + ".tmp");
        }
    }

    @Test
    void aDoubleClickedJarOnWindowsRelaunchesWithoutAConsole() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk").resolve("bin"));
        Files.writeString(bin.resolve("javaw.exe"), "");
        String home = dir.resolve("jdk").toString();
        assertThat(Launcher.javaBinary(home, "Windows 11", "C:\\jdk\\bin\\javaw.exe")).isEqualTo(
                bin.resolve("javaw.exe"));
        assertThat(Launcher.javaBinary(home, "Windows 11", "C:\\jdk\\bin\\java.exe")).isEqualTo(
                bin.resolve("java.exe"));
        assertThat(Launcher.javaBinary(home, "Linux", "/usr/bin/java")).isEqualTo(bin.resolve("java"));
        assertThat(Launcher.javaBinary(null, "Linux", null)).isNull();
    }

    @Test
    void notFromAJarOrWithoutAJavaBinaryTheProgramRunsHere() throws IOException {
        assertThat(Launcher.plan(new String[] {"extract"}, properties(), Map.of(), List.of(), null, dir)).isNull();
        props.put("java.home", dir.resolve("no-jdk").toString());
        assertThat(plan(List.of(), "extract")).isNull();
        // the tests run from target/classes, not from a jar
        assertThat(Launcher.jarOfThisClass()).isNull();
    }

    @Test
    void theChildsExitCodeIsTheLaunchersAndARealArchiveIsWrittenThenUsed() throws IOException {
        String java = Launcher.javaBinary(System.getProperty("java.home"), System.getProperty("os.name"), null)
                .toString();
        assertThat(Launcher.run(new Launcher.Plan(List.of(java, "-XX:+NoSuchOptionOfAnyJvm", "-version"), null, null),
                new String[0])).isEqualTo(1);
        // a java binary that cannot be started at all: the caller runs the program in its own JVM instead
        assertThat(Launcher.run(new Launcher.Plan(List.of(dir.resolve("no-such-java").toString(), "-version"), null,
                null), new String[0])).isEqualTo(Launcher.NOT_STARTED);

        Path archive = dir.resolve("cds").resolve("cli-1-2-0.jsa");
        Files.createDirectories(archive.getParent());
        Path tmp = archive.resolveSibling(archive.getFileName() + ".1.tmp");
        List<String> dump = List.of(java, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:ArchiveClassesAtExit=" + tmp,
                "-version");
        assertThat(Launcher.run(new Launcher.Plan(dump, archive, tmp), new String[0])).isZero();
        assertThat(tmp).doesNotExist();
        assertThat(Launcher.usableArchive(archive)).isTrue();
        assertThat(Launcher.run(new Launcher.Plan(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-version"), archive, null), new String[0])).isZero();

        // a cut archive still starts like one, and crashes the JVM that maps it: deleted, and the child runs again
        byte[] whole = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, Arrays.copyOf(whole, whole.length / 2));
        assertThat(Launcher.usableArchive(archive)).isTrue();
        assertThat(Launcher.run(new Launcher.Plan(List.of(java, "-XX:ErrorFile=" + dir.resolve("hs_err.log"),
                "-XX:SharedArchiveFile=" + archive, "-version"), archive, null), new String[0])).isZero();
        assertThat(archive).doesNotExist();
    }

    @Test
    void plainCodeHelpersAgreeWithTheRegexAndFormatTheyReplaced() throws IOException {
        for (String option : List.of("-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseGC", "-XX:+Use_Z9GC", "-XX:-UseG1GC",
                "-XX:+UseG1GCx", "-XX:+Use G1GC", "-XX:+UseG1-GC", "-XX:+Use", "-Xmx3g", "-XX:+UseSerialGc")) {
            assertThat(Launcher.isGcChoice(option)).as(option).isEqualTo(option.matches("-XX:\\+Use\\w*GC"));
        }
        for (String text : List.of("", "  ", "-Xmx1g", " \t-Xmx1g\n -javaagent:x.jar\r\f-Dy=z\u000B ")) {
            List<String> expected = Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            assertThat(Launcher.words(text)).as(text).isEqualTo(expected);
        }
        assertThat(Launcher.nulSeparated("java\0-Xmx1g\0\0-jar\0a b.jar\0".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).containsExactly("-Xmx1g", "", "-jar", "a b.jar");
        assertThat(Launcher.nulSeparated("java\0".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEmpty();
        assertThat(Launcher.nulSeparated(new byte[0], StandardCharsets.UTF_8)).isNull();
        Path jar = jar();
        UnaryOperator<String> p = properties();
        // many VM versions: some CRCs have leading zero digits (the padding)
        for (int i = 0; i < 64; i++) {
            props.put("java.vm.version", "17.0." + i);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update((jar.toAbsolutePath() + "\n" + p.apply("java.home") + "\n" + p.apply("java.vm.version"))
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(Launcher.archivePath(dir, "app", jar, p)).isEqualTo(dir.resolve("cds").resolve(String.format(
                    java.util.Locale.ROOT, "%s-%d-%d-%08x.jsa", "app", Files.size(jar),
                    Files.getLastModifiedTime(jar).toMillis(), crc.getValue())));
        }
    }
}
