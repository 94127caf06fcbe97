package org.incidentatlas;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.incidentatlas.ui.ProcessStart;
import org.incidentatlas.ui.SettingsFolder;

/**
 * The jar's entry point: relaunches the same jar in a child JVM tuned for this program (garbage collector, JIT policy,
 * an AppCDS archive of the classes it loads) and passes on its arguments, its standard streams and the child's exit
 * code; then {@link Main} runs in the child. Why: on the 2-core test machine JIT compilation was most of a whole
 * {@code extract}'s CPU time and class loading most of the app's launch ({@code docs/benchmarks.md}, "JVM launcher").
 *
 * <p>No relaunch (Main runs in this JVM) when {@code -Dincidentatlas.relaunch=false} or the environment variable
 * {@code INCIDENT_ATLAS_NO_RELAUNCH=1} says so, in the child itself (marker property), when not started from a jar,
 * when this JVM runs an agent, a debugger or a flight recording (the user wants this process), for {@code bench}
 * (its numbers stay comparable with earlier runs) and for {@code --help}/{@code --version}. Options given to this JVM
 * ({@code -Xmx}, {@code -D…}, {@code -XX:…}) go to the child after the launcher's, so the user's win.
 *
 * <p>The archive lives in the settings folder, {@code cds/<mode>-<jar size>-<jar mtime>-<crc of jar path and
 * JVM>.jsa}, so an archive of another jar or JVM is never used. When it is missing the child writes it at exit to a
 * temporary name, and this JVM moves it in place only after a normal exit and when it starts like an archive; a child
 * that dies of a JVM crash while using an archive has the archive deleted and runs once more without one.
 */
public final class Launcher {
    /** {@code -Dincidentatlas.relaunch=false} turns the relaunch off. */
    static final String RELAUNCH_PROPERTY = "incidentatlas.relaunch";
    /** {@code INCIDENT_ATLAS_NO_RELAUNCH=1} (any value but empty, 0 or false) turns the relaunch off. */
    static final String NO_RELAUNCH_ENVIRONMENT = "INCIDENT_ATLAS_NO_RELAUNCH";
    /** Set on the child: it never relaunches again. */
    static final String MARKER_PROPERTY = "incidentatlas.relaunched";
    /** The launcher JVM's start (epoch ms), so the app's launch timeline counts from the user's start. */
    public static final String START_PROPERTY = "incidentatlas.launch.start";
    /** The launcher JVM's CPU time (ms) when it started the child, added to the launch timeline's process CPU. */
    public static final String CPU_PROPERTY = "incidentatlas.launch.cpu";

    /**
     * JIT and GC policy of the child for commands ({@code extract}, {@code eval}, {@code snapshot}, …); no transparent
     * huge pages (see {@link #APP_LINUX_FLAGS}). C1 compiles a method after a quarter of the usual calls and loop
     * turns ({@code CompileThresholdScaling=0.25}): a 10 MB {@code extract} then spends less CPU interpreting than the
     * earlier compiles cost. Session 13, CPU beyond one article, best of 2-4 alternated rounds, three runs under load:
     * -13 %, -12 %, -7 % (0.5: -15 %, +12 %, -10 %, -6 %); a one-article run costs 0.04-0.2 s more
     * (docs/benchmarks.md).
     */
    static final List<String> CLI_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:CompileThresholdScaling=0.25");
    /**
     * Added to {@link #APP_FLAGS} on Linux only (other JVMs refuse the option): the heap in transparent huge pages
     * where the kernel offers them on request ({@code madvise}); with the app's young generation below, the app's CPU
     * to its first drawn corpus was lower (docs/benchmarks.md, session 8). Commands no longer ask for them: on the
     * session-11 machine the kernel's zeroing of each new 2 MB page (the young collections' first copies into
     * survivor and old space, the loader's large arrays) cost a 10 MB {@code extract} 0.4-0.9 s of system time, which
     * 4 KB pages do not, and the workers' CPU showed no TLB gain (docs/benchmarks.md, "runcost").
     */
    static final List<String> APP_LINUX_FLAGS = List.of("-XX:+UseTransparentHugePages");
    /**
     * JIT policy of the child for the app (the window); its collector stays the JVM's default (G1: short pauses), with
     * a young generation of at least 128 MB: G1 starts with about 20 MB and collected 3-4 times (copying what the
     * launch keeps, 20-50 ms each, the FX thread stopped) before the first corpus is drawn; now none or one.
     */
    static final List<String> APP_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:NewSize=128m");
    /** The JVM's own CDS messages (unarchivable old class files, an archive of another JVM) would mix into stdout. */
    static final List<String> QUIET_CDS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private static final Set<String> TWO_WORD_OPTIONS = Set.of("-p", "--module-path", "--upgrade-module-path",
            "--add-modules", "--add-opens", "--add-exports", "--add-reads", "--patch-module", "--limit-modules");
    private static final Set<String> NO_RELAUNCH_FIRST_ARGS = Set.of("bench", "--help", "-h", "--version", "-V");
    private static final List<String> OWN_PROCESS_OPTIONS = List.of("-agentlib:", "-agentpath:", "-javaagent:",
            "-Xdebug", "-Xrunjdwp", "-XX:StartFlightRecording", "-XX:+FlightRecorder");
    private static final List<String> ARCHIVE_OPTIONS = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-Xshare", "-XX:DumpLoadedClassList", "-XX:SharedClassListFile");
    /** A dynamic CDS archive starts with this magic number (little-endian 0xf00baba8, JDK 17). */
    private static final byte[] DYNAMIC_ARCHIVE_MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
    private static final int KEEP_ARCHIVES = 4;
    /** Free space needed to write an archive (the app's is about 30 MB). */
    private static final long MIN_FREE_BYTES = 256L << 20;
    /** The exit code of a JVM that aborted on a fatal error (SIGABRT). */
    private static final int JVM_CRASH = 134;
    /** What {@link #run} returns when the child JVM could not be started at all. */
    static final int NOT_STARTED = -1;

    /** {@link System#getProperty} without a method reference (no lambda before the child starts). */
    private static final UnaryOperator<String> SYSTEM_PROPERTIES = new UnaryOperator<>() {
        @Override
        public String apply(String name) {
            return System.getProperty(name);
        }
    };

    private Launcher() {
    }

    public static void main(String[] args) {
        Plan plan = null;
        try {
            // this JVM's options from its command line (cheap: /proc on Linux); the management beans cost 0.1 s of CPU.
            // Everything up to the child's start avoids lambdas, streams, regular expressions and String.format: each
            // loads and links tens of classes (0.1 s of the launch on 2 cores, docs/benchmarks.md)
            // and no ProcessHandle where /proc answers (its class starts a thread pool made of lambdas)
            String[] arguments = procArguments();
            ProcessHandle.Info self = arguments == null ? ProcessHandle.current().info() : null;
            if (self != null) {
                arguments = self.arguments().orElse(null);
            }
            List<String> options = arguments != null ? jvmOptions(List.of(arguments)) : null;
            boolean fromCommandLine = options != null;
            if (!fromCommandLine) {
                options = ManagementFactory.getRuntimeMXBean().getInputArguments();
            }
            plan = plan(args, SYSTEM_PROPERTIES, System.getenv(), options, jarOfThisClass(), SettingsFolder.path());
            if (plan != null) {
                // the process's start read from /proc (the JDK's startInstant is early by up to a second on Linux)
                long cpuMillis = procCpuMillis();
                if (cpuMillis < 0) {
                    Optional<java.time.Duration> cpu = (self != null ? self : ProcessHandle.current().info())
                            .totalCpuDuration();
                    cpuMillis = cpu.isPresent() ? cpu.get().toMillis() : -1L;
                }
                plan = plan.withLaunch(ProcessStart.epochMillis(), cpuMillis, fromCommandLine);
                // the app on a display where JavaFX falls back to software rendering (ui.PrismChoice's note): GTK's
                // OpenGL set-up took about 0.5 s of the toolkit's start under Xvfb (docs/benchmarks.md)
                if ((args.length == 0 || !Main.isCliName(args[0])) && !startsWithAny(options, "-Dprism.order=")
                        && org.incidentatlas.ui.PrismChoice.softwareNoted(SettingsFolder.path(),
                                System.getenv("DISPLAY"))) {
                    plan = plan.withoutGdkGl();
                }
            }
        } catch (RuntimeException e) {
            // the launcher is an optimisation: whatever goes wrong in it, the program still runs
            System.err.println("incident-atlas: running without the JVM launcher (" + e + ")");
        }
        if (plan == null) {
            Main.main(args);
            return;
        }
        int code = run(plan, args);
        if (code == NOT_STARTED) {
            // no child JVM could be started (said on stderr): the program runs in this one
            Main.main(args);
            return;
        }
        System.exit(code);
    }

    /**
     * What the launcher does: start the child with {@code command}; {@code archive} is the CDS archive it uses (when
     * {@code dumpTo} is null) or will create from {@code dumpTo}; both null without an archive.
     */
    record Plan(List<String> command, Path archive, Path dumpTo, boolean keepOptionEnvironment, boolean noGdkGl) {
        Plan(List<String> command, Path archive, Path dumpTo) {
            this(command, archive, dumpTo, false, false);
        }

        /**
         * With {@code GDK_GL=disable} in the child's environment (unless the user set GDK_GL): GTK then does not load
         * OpenGL (Mesa, LLVM) to choose its visuals, which JavaFX's software pipeline never uses.
         */
        Plan withoutGdkGl() {
            return new Plan(command, archive, dumpTo, keepOptionEnvironment, true);
        }

        /**
         * With the launcher's start and CPU time for the app's launch timeline; {@code keepOptionEnvironment} when
         * the options were read from the command line, so the child reads {@code JDK_JAVA_OPTIONS} and
         * {@code JAVA_TOOL_OPTIONS} itself (otherwise they are among the passed options and the child must not).
         */
        Plan withLaunch(long startMillis, long cpuMillis, boolean keepOptionEnvironment) {
            List<String> c = new ArrayList<>(command);
            int main = c.indexOf("-cp");
            // StringBuilder, not '+': a string concatenation links method handles (tens of classes) on first use
            c.add(main, new StringBuilder("-D").append(START_PROPERTY).append('=').append(startMillis).toString());
            if (cpuMillis >= 0) {
                c.add(main, new StringBuilder("-D").append(CPU_PROPERTY).append('=').append(cpuMillis).toString());
            }
            return new Plan(c, archive, dumpTo, keepOptionEnvironment, noGdkGl);
        }
    }

    /**
     * The JVM options of a {@code java} command line (its arguments after the executable): those before {@code -jar}
     * or the main class, without the class path; null when the line has neither (a module, a source file…).
     */
    static List<String> jvmOptions(List<String> arguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("-jar") || !a.startsWith("-")) {
                return options;
            }
            if (a.equals("-m") || a.equals("--module") || a.startsWith("--module=") || a.equals("--source")) {
                return null;
            }
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
            } else if (TWO_WORD_OPTIONS.contains(a) && i + 1 < arguments.size()) {
                options.add(a);
                options.add(arguments.get(++i));
            } else if (!a.startsWith("--class-path=")) {
                options.add(a);
            }
        }
        return null;
    }

    /** The child's command line, or null to run in this JVM. */
    static Plan plan(String[] args, UnaryOperator<String> properties, Map<String, String> environment,
            List<String> jvmArguments, Path jar, Path settings) {
        if (!relaunchWanted(args, properties, environment, jvmArguments) || jar == null) {
            return null;
        }
        String os = properties.apply("os.name");
        // the running executable matters on Windows only (javaw.exe)
        String running = os != null && os.regionMatches(true, 0, "windows", 0, 7)
                ? ProcessHandle.current().info().command().orElse(null) : null;
        Path java = javaBinary(properties.apply("java.home"), os, running);
        if (java == null || !Files.isExecutable(java)) {
            return null;
        }
        boolean app = args.length == 0 || !Main.isCliName(args[0]);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        boolean userGc = false;
        for (String a : jvmArguments) {
            userGc |= isGcChoice(a);
        }
        for (String flag : app ? APP_FLAGS : CLI_FLAGS) {
            if (!(userGc && isGcChoice(flag))) {
                command.add(flag);
            }
        }
        if (app && String.valueOf(properties.apply("os.name")).startsWith("Linux")) {
            command.addAll(APP_LINUX_FLAGS);
        }
        Path archive = null;
        Path dumpTo = null;
        boolean userArchive = false;
        for (String a : jvmArguments) {
            userArchive |= startsWithAny(a, ARCHIVE_OPTIONS);
        }
        if (!userArchive && settings != null) {
            archive = archivePath(settings, app ? "app" : "cli", jar, properties);
            if (archive != null) {
                if (usableArchive(archive)) {
                    command.addAll(QUIET_CDS);
                    command.add("-XX:SharedArchiveFile=".concat(archive.toString()));
                } else if (canWrite(archive.getParent())) {
                    // a JVM that cannot write its archive at exit exits with 1: only where it surely can
                    command.addAll(QUIET_CDS);
                    dumpTo = archive.resolveSibling(new StringBuilder(archive.getFileName().toString()).append('.')
                            .append(ProcessHandle.current().pid()).append(".tmp").toString());
                    command.add("-XX:ArchiveClassesAtExit=".concat(dumpTo.toString()));
                } else {
                    archive = null;
                }
            }
        }
        command.addAll(jvmArguments);
        command.add("-D" + MARKER_PROPERTY + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new Plan(command, archive, dumpTo);
    }

    /** True for {@code -XX:+Use<word characters>GC}, a choice of garbage collector (as the regex {@code -XX:\+Use\w*GC}). */
    static boolean isGcChoice(String option) {
        String prefix = "-XX:+Use";
        if (!option.startsWith(prefix) || !option.endsWith("GC") || option.length() < prefix.length() + 2) {
            return false;
        }
        for (int i = prefix.length(); i < option.length() - 2; i++) {
            char c = option.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAny(List<String> texts, String prefix) {
        for (String t : texts) {
            if (t.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        for (String p : prefixes) {
            if (text.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text} split at whitespace (as {@code text.trim().split("\\s+")} minus empty words). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** False when a switch, the marker, this JVM's options or the command say to stay in this JVM. */
    static boolean relaunchWanted(String[] args, UnaryOperator<String> properties, Map<String, String> environment,
            List<String> jvmArguments) {
        if (properties.apply(MARKER_PROPERTY) != null) {
            return false;
        }
        if ("false".equalsIgnoreCase(String.valueOf(properties.apply(RELAUNCH_PROPERTY)).trim())) {
            return false;
        }
        String off = environment.getOrDefault(NO_RELAUNCH_ENVIRONMENT, "").trim();
        if (!off.isEmpty() && !off.equals("0") && !off.equalsIgnoreCase("false")) {
            return false;
        }
        if (args.length > 0 && NO_RELAUNCH_FIRST_ARGS.contains(args[0])) {
            return false;
        }
        List<String> all = new ArrayList<>(jvmArguments);
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            all.addAll(words(environment.getOrDefault(variable, "")));
        }
        for (String a : all) {
            if (startsWithAny(a, OWN_PROCESS_OPTIONS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code java.home}/bin/java (java.exe on Windows; javaw.exe when this JVM runs in javaw.exe, as a double-clicked
     * jar on Windows does, so that no console window opens), or null without a java.home.
     */
    static Path javaBinary(String javaHome, String osName, String running) {
        if (javaHome == null || javaHome.isBlank()) {
            return null;
        }
        boolean windows = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
        Path bin = Path.of(javaHome, "bin");
        if (windows && running != null && running.toLowerCase(Locale.ROOT).endsWith("javaw.exe")
                && Files.isRegularFile(bin.resolve("javaw.exe"))) {
            return bin.resolve("javaw.exe");
        }
        return bin.resolve(windows ? "java.exe" : "java");
    }

    /**
     * The archive for this jar (its size and modification time) and this JVM (java.home, VM version), one per mode
     * ({@code app}, {@code cli}: they load different classes); null when the jar cannot be asked.
     */
    static Path archivePath(Path settings, String mode, Path jar, UnaryOperator<String> properties) {
        try {
            long size = Files.size(jar);
            long modified = Files.getLastModifiedTime(jar).toMillis();
            CRC32 crc = new CRC32();
            String key = new StringBuilder().append(jar.toAbsolutePath()).append('\n')
                    .append(properties.apply("java.home")).append('\n').append(properties.apply("java.vm.version"))
                    .toString();
            crc.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String crcHex = Long.toHexString(crc.getValue());
            StringBuilder name = new StringBuilder(mode).append('-').append(size).append('-').append(modified)
                    .append('-');
            for (int i = crcHex.length(); i < 8; i++) {
                name.append('0');
            }
            return settings.resolve("cds").resolve(name.append(crcHex).append(".jsa").toString());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Creates {@code folder} if needed; true when it is writable and has room for an archive (tens of MB). */
    static boolean canWrite(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder) && Files.getFileStore(folder).getUsableSpace() > MIN_FREE_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when {@code archive} is a regular, non-trivial file that starts like a dynamic CDS archive. */
    static boolean usableArchive(Path archive) {
        try (InputStream in = Files.newInputStream(archive)) {
            byte[] magic = in.readNBytes(DYNAMIC_ARCHIVE_MAGIC.length);
            return java.util.Arrays.equals(magic, DYNAMIC_ARCHIVE_MAGIC) && Files.size(archive) > 4096;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Runs the child to its end and returns its exit code (after moving a new archive in place). */
    static int run(Plan plan, String[] args) {
        // when this JVM is stopped (Ctrl-C, SIGTERM) its shutdown hook stops the child, then keeps its archive
        java.util.function.IntConsumer ended = new java.util.function.IntConsumer() {
            @Override
            public void accept(int code) {
                if (plan.dumpTo() != null) {
                    keepArchive(plan.dumpTo(), plan.archive(), code);
                }
            }
        };
        // leftovers of launchers that were killed while their child wrote an archive: pruned once the child runs
        Path pruneIn = plan.archive() == null ? null : plan.archive().getParent();
        int code = start(plan.command(), plan.keepOptionEnvironment(), plan.noGdkGl(), ended, pruneIn);
        if (plan.dumpTo() == null && plan.archive() != null && code == JVM_CRASH) {
            // a damaged archive can crash the JVM while it maps it: drop the archive and run once more without it
            System.err.println("incident-atlas: the JVM stopped with a fatal error; running again without the class"
                    + " archive " + plan.archive());
            deleteQuietly(plan.archive());
            List<String> again = new ArrayList<>(plan.command());
            again.removeIf(a -> a.startsWith("-XX:SharedArchiveFile="));
            code = start(again, plan.keepOptionEnvironment(), plan.noGdkGl(), c -> { }, null);
        }
        return code;
    }

    /**
     * Starts {@code command}, prunes the archives of {@code pruneIn} (when not null) while the child starts, waits for
     * it and calls {@code ended} once with its exit code (also on shutdown).
     */
    private static int start(List<String> command, boolean keepOptionEnvironment, boolean noGdkGl,
            java.util.function.IntConsumer ended, Path pruneIn) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (!keepOptionEnvironment) {
            // the child gets these options from the command line (they are in this JVM's input arguments)
            builder.environment().remove("JDK_JAVA_OPTIONS");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
        }
        if (noGdkGl) {
            builder.environment().putIfAbsent("GDK_GL", "disable");
        }
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            System.err.println("incident-atlas: cannot start " + command.get(0) + " (" + e.getMessage()
                    + "); running in this JVM");
            return NOT_STARTED;
        }
        if (pruneIn != null) {
            try {
                pruneArchives(pruneIn, KEEP_ARCHIVES);
            } catch (IOException | RuntimeException e) {
                // only housekeeping
            }
        }
        // 'ended' runs once, by whichever thread sees the child end first; the shutdown hook waits for it to finish
        // (the JVM halts when its hooks are done, which cut a running archive move short)
        boolean[] done = {false};
        java.util.function.IntConsumer endOnce = exitCode -> {
            synchronized (done) {
                if (!done[0]) {
                    done[0] = true;
                    ended.accept(exitCode);
                }
            }
        };
        Thread stop = new Thread(() -> {
            try {
                if (child.isAlive()) {
                    child.destroy();
                    // a child that writes its class archive at exit needs a few seconds for it
                    child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                }
                if (!child.isAlive()) {
                    endOnce.accept(child.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop child JVM");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 130;
        }
        endOnce.accept(code);
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // already shutting down: the hook finds the child ended
        }
        return code;
    }

    /**
     * Moves a freshly written archive to its name (atomically, so no reader sees half a file) when the child ended
     * normally and the file looks whole; otherwise deletes it. Keeps the newest few archives of the folder.
     */
    static void keepArchive(Path written, Path archive, int exitCode) {
        try {
            // 130 and 143: stopped by Ctrl-C or SIGTERM, an orderly exit that writes the whole archive
            boolean orderly = exitCode < 128 || exitCode == 130 || exitCode == 143;
            if (orderly && usableArchive(written)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                pruneArchives(archive.getParent(), KEEP_ARCHIVES);
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time: the next run writes one again
        } finally {
            deleteQuietly(written);
        }
    }

    /** Deletes all but the {@code keep} newest archives and any temporary file older than a day or whose launcher ended. */
    static void pruneArchives(Path folder, int keep) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder)) {
            archives = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted(
                    Comparator.comparing(Launcher::modified).reversed()).toList();
        }
        archives.stream().skip(keep).forEach(Launcher::deleteQuietly);
        long dayAgo = System.currentTimeMillis() - 86_400_000L;
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".tmp")
                    && (modified(f) < dayAgo || !writerAlive(f.getFileName().toString())))
                    .forEach(Launcher::deleteQuietly);
        }
    }

    /**
     * False when the launcher that named {@code tmpName} ({@code <archive>.<pid>.tmp}) is no longer running: a launcher
     * killed before it could move or delete its archive leaves the file behind (tens of MB each).
     */
    static boolean writerAlive(String tmpName) {
        String[] parts = tmpName.split("\\.");
        if (parts.length < 3) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next prune
        }
    }

    /**
     * This JVM's arguments after the executable, from {@code /proc/self/cmdline} (as {@link ProcessHandle.Info#arguments}
     * reads them on Linux), or null where there is no such file.
     */
    static String[] procArguments() {
        try {
            Path cmdline = Path.of("/proc/self/cmdline");
            if (!Files.isReadable(cmdline)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(cmdline);
            String encoding = System.getProperty("sun.jnu.encoding");
            java.nio.charset.Charset charset = encoding == null ? java.nio.charset.Charset.defaultCharset()
                    : java.nio.charset.Charset.forName(encoding);
            return nulSeparated(bytes, charset);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The NUL-terminated strings of {@code bytes} but the first (the executable); null when there is none. */
    static String[] nulSeparated(byte[] bytes, java.nio.charset.Charset charset) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start, charset));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start, charset));
        }
        return parts.isEmpty() ? null : parts.subList(1, parts.size()).toArray(new String[0]);
    }

    /** This JVM's CPU time in ms (user + system, {@code /proc/self/stat} at 100 ticks a second), or -1. */
    static long procCpuMillis() {
        try {
            Path stat = Path.of("/proc/self/stat");
            if (!Files.isReadable(stat)) {
                return -1;
            }
            String text = Files.readString(stat, java.nio.charset.StandardCharsets.US_ASCII);
            // fields 14 and 15 (utime, stime); the command name (field 2) is in parentheses and may hold spaces
            List<String> fields = words(text.substring(text.lastIndexOf(')') + 1));
            return (Long.parseLong(fields.get(14 - 3)) + Long.parseLong(fields.get(15 - 3))) * 1000 / 100;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The jar this class was loaded from, or null (classes folder, IDE, unknown). */
    static Path jarOfThisClass() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
