package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaFX's native libraries for the platform this JVM runs on, taken from the one jar that carries those of every
 * platform. The jar keeps them under {@code natives/<platform>/} ({@code linux-x64}, {@code win-x64},
 * {@code mac-x64}, {@code mac-aarch64}) and not at its root, where JavaFX would look first, because the macOS Intel
 * and Apple-silicon libraries share their file names. Before JavaFX starts, the files of this platform are copied
 * once into the settings folder (a folder named after their checksums, so a new jar gets its own copy; written to a
 * temporary folder and renamed) and put first on {@code java.library.path}, which JavaFX's loader searches next.
 *
 * <p>No JavaFX class is touched here: this runs before the toolkit loads. Run from a build folder (tests, an IDE),
 * the class path carries JavaFX's own platform jar and nothing is done.
 */
public final class JavaFxNatives {
    static final String FOLDER = "natives/";

    private JavaFxNatives() {
    }

    /**
     * Makes the natives of this platform loadable when running from the packaged jar; returns a problem to tell the
     * user (the platform is not in the jar, the copy failed), or empty when all is well or nothing had to be done.
     */
    public static Optional<String> prepare() {
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        Path root = SettingsFolder.path().resolve("natives");
        Optional<String> platform = platformKey(os, arch);
        Path known = platform.map(k -> remembered(root, jar.get(), k)).orElse(null);
        if (known != null) {
            // this jar's natives were unpacked by an earlier launch: no pass over the jar's entries (~0.2 s)
            addToLibraryPath(known);
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(jar.get().toFile())) {
            // One pass over the jar's 30,000 entries (this runs before the toolkit starts, on the launch's path).
            List<ZipEntry> natives = entries(zip.stream(), "");
            if (natives.isEmpty()) {
                return Optional.empty(); // a jar built without the platform natives: JavaFX finds its own
            }
            Optional<String> key = platformKey(os, arch);
            List<ZipEntry> files = key.isEmpty() ? List.of() : entries(natives.stream(), key.get());
            if (files.isEmpty()) {
                return Optional.of("This jar carries JavaFX for Linux x64, Windows x64 and macOS (Intel and Apple"
                        + " silicon), not for " + os + " " + arch + "; the window may not open (see README,"
                        + " \"Running on Windows, macOS and Linux\").");
            }
            Path folder = extract(zip, key.get(), files, root);
            remember(root, jar.get(), key.get(), folder, files);
            addToLibraryPath(folder);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("Could not unpack JavaFX's native libraries from " + jar.get() + ": " + e.getMessage());
        }
    }

    private static void addToLibraryPath(Path folder) {
        String old = System.getProperty("java.library.path", "");
        System.setProperty("java.library.path", old.isEmpty() ? folder.toString() : folder + File.pathSeparator + old);
    }

    /** The note naming the folder a jar's natives were unpacked to: one per jar (size, modification time) and platform. */
    static Path memo(Path root, Path jar, String key) throws IOException {
        return root.resolve("jar-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-" + key
                + ".txt");
    }

    /**
     * The folder an earlier launch of this jar unpacked its natives to, when its note is there and every file it lists
     * still has its size; null otherwise (then the jar is read as before).
     */
    static Path remembered(Path root, Path jar, String key) {
        try {
            Path note = memo(root, jar, key);
            if (!Files.isRegularFile(note)) {
                return null;
            }
            List<String> lines = Files.readAllLines(note, java.nio.charset.StandardCharsets.UTF_8);
            if (lines.size() < 2 || lines.get(0).isBlank() || lines.get(0).contains("/") || lines.get(0).contains("\\")) {
                return null;
            }
            Path folder = root.resolve(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                int space = line.lastIndexOf(' ');
                if (space <= 0) {
                    return null;
                }
                Path f = folder.resolve(line.substring(0, space));
                if (!Files.isRegularFile(f) || Files.size(f) != Long.parseLong(line.substring(space + 1))) {
                    return null;
                }
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the note {@link #remembered} reads (temporary file, then renamed); a failure only costs the next launch time. */
    static void remember(Path root, Path jar, String key, Path folder, List<ZipEntry> files) {
        try {
            StringBuilder b = new StringBuilder(folder.getFileName().toString()).append('\n');
            for (ZipEntry e : files) {
                b.append(fileName(e)).append(' ').append(e.getSize()).append('\n');
            }
            Path note = memo(root, jar, key);
            Path tmp = Files.createTempFile(root, ".note", ".tmp");
            Files.writeString(tmp, b, java.nio.charset.StandardCharsets.UTF_8);
            try {
                Files.move(tmp, note, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // the next launch reads the jar again
        }
    }

    /** {@code linux-x64}, {@code win-x64}, {@code mac-x64}, {@code mac-aarch64}, {@code linux-aarch64}, or none. */
    static Optional<String> platformKey(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String o = os.startsWith("windows") ? "win" : os.startsWith("mac") || os.startsWith("darwin") ? "mac"
                : os.startsWith("linux") ? "linux" : null;
        String a = switch (arch) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return o == null || a == null ? Optional.empty() : Optional.of(o + "-" + a);
    }

    /**
     * Copies the files under {@code natives/<key>/} of the jar into a folder under {@code root} named after the key
     * and the files' checksums, unless a complete copy is already there; returns that folder.
     */
    static Path extract(ZipFile zip, String key, Path root) throws IOException {
        return extract(zip, key, entries(zip.stream(), key), root);
    }

    private static Path extract(ZipFile zip, String key, List<ZipEntry> files, Path root) throws IOException {
        CRC32 id = new CRC32();
        for (ZipEntry e : files) {
            id.update((e.getName() + ":" + e.getCrc() + ":" + e.getSize() + ";").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        Path target = root.resolve(key + "-" + Long.toHexString(id.getValue()));
        if (complete(target, files)) {
            return target;
        }
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, ".unpacking-" + key);
        try {
            for (ZipEntry e : files) {
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, tmp.resolve(fileName(e)));
                }
            }
            if (Files.exists(target)) { // an incomplete copy (a crash while copying by hand): replace it
                deleteTree(target);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (FileSystemException e) {
            // another instance of the app may have unpacked the same files at the same moment
            if (!complete(target, files)) {
                throw e;
            }
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
        return target;
    }

    private static boolean complete(Path folder, List<ZipEntry> files) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        for (ZipEntry e : files) {
            Path f = folder.resolve(fileName(e));
            if (!Files.isRegularFile(f) || Files.size(f) != e.getSize()) {
                return false;
            }
        }
        return true;
    }

    /** The files directly under {@code natives/<key>/} (all platforms' when {@code key} is empty). */
    private static List<ZipEntry> entries(Stream<? extends ZipEntry> all, String key) {
        String prefix = key.isEmpty() ? FOLDER : FOLDER + key + "/";
        List<ZipEntry> out = new ArrayList<>();
        all.filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                .filter(e -> key.isEmpty() || e.getName().indexOf('/', prefix.length()) < 0)
                .forEach(out::add);
        out.sort(Comparator.comparing(ZipEntry::getName));
        return out;
    }

    private static String fileName(ZipEntry e) {
        return e.getName().substring(e.getName().lastIndexOf('/') + 1);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The jar this class was loaded from, or none when it runs from a folder of classes. */
    private static Optional<Path> runningJar() {
        try {
            CodeSource source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
