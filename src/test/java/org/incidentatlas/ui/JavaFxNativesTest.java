package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaFxNativesTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,          amd64,   linux-x64
            Windows 11,     amd64,   win-x64
            Mac OS X,       x86_64,  mac-x64
            Mac OS X,       aarch64, mac-aarch64
            Linux,          aarch64, linux-aarch64
            """)
    void eachPlatformHasItsFolderName(String os, String arch, String key) {
        assertThat(JavaFxNatives.platformKey(os, arch)).contains(key);
    }

    @Test
    void anUnknownPlatformHasNoFolder() {
        assertThat(JavaFxNatives.platformKey("SunOS", "sparcv9")).isEmpty();
        assertThat(JavaFxNatives.platformKey("Linux", "ppc64le")).isEmpty();
    }

    @Test
    void onlyThisPlatformsLibrariesAreCopiedAndASecondStartReusesThem(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, Map.of(
                "natives/mac-x64/libglass.dylib", "intel",
                "natives/mac-aarch64/libglass.dylib", "apple silicon",
                "natives/mac-aarch64/libprism_sw.dylib", "sw",
                "org/example/A.class", "class"));
        Path root = dir.resolve("settings/natives");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Path folder = JavaFxNatives.extract(zip, "mac-aarch64", root);
            assertThat(folder.getParent()).isEqualTo(root);
            assertThat(folder.getFileName().toString()).startsWith("mac-aarch64-");
            assertThat(Files.readString(folder.resolve("libglass.dylib"))).isEqualTo("apple silicon");
            assertThat(folder.resolve("libprism_sw.dylib")).exists();
            try (var files = Files.list(root)) {
                assertThat(files).containsExactly(folder); // no temporary folder left behind
            }

            long written = Files.getLastModifiedTime(folder.resolve("libglass.dylib")).toMillis();
            Files.setLastModifiedTime(folder.resolve("libglass.dylib"),
                    java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
            assertThat(JavaFxNatives.extract(zip, "mac-aarch64", root)).isEqualTo(folder);
            assertThat(Files.getLastModifiedTime(folder.resolve("libglass.dylib")).toMillis())
                    .isEqualTo(written - 60_000); // not copied again
        }
    }

    @Test
    void aTruncatedCopyIsReplaced(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, Map.of("natives/linux-x64/libglass.so", "the whole library"));
        Path root = dir.resolve("natives");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Path folder = JavaFxNatives.extract(zip, "linux-x64", root);
            Files.writeString(folder.resolve("libglass.so"), "the wh");
            assertThat(JavaFxNatives.extract(zip, "linux-x64", root)).isEqualTo(folder);
            assertThat(Files.readString(folder.resolve("libglass.so"))).isEqualTo("the whole library");
        }
    }

    @Test
    void aNewJarWithOtherLibrariesGetsItsOwnFolder(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("natives");
        Path old = jar(dir.resolve("old"), Map.of("natives/win-x64/glass.dll", "21.0.5"));
        Path newer = jar(dir.resolve("new"), Map.of("natives/win-x64/glass.dll", "21.0.6 build"));
        try (ZipFile a = new ZipFile(old.toFile()); ZipFile b = new ZipFile(newer.toFile())) {
            assertThat(JavaFxNatives.extract(a, "win-x64", root)).isNotEqualTo(JavaFxNatives.extract(b, "win-x64", root));
        }
    }

    private static Path jar(Path dir, Map<String, String> entries) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void anEarlierUnpackIsRememberedPerJarUntilAFileChanges(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("natives"));
        Path jar = Files.writeString(dir.resolve("app.jar"), "made-up jar");
        Path folder = Files.createDirectories(root.resolve("linux-x64-abc"));
        Files.writeString(folder.resolve("libglass.so"), "12345");
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("natives/linux-x64/libglass.so");
        e.setSize(5);
        assertThat(JavaFxNatives.remembered(root, jar, "linux-x64")).isNull();

        JavaFxNatives.remember(root, jar, "linux-x64", folder, java.util.List.of(e));
        assertThat(JavaFxNatives.remembered(root, jar, "linux-x64")).isEqualTo(folder);
        assertThat(JavaFxNatives.remembered(root, jar, "win-x64")).isNull();

        Files.writeString(folder.resolve("libglass.so"), "1234"); // damaged copy: the jar is read again
        assertThat(JavaFxNatives.remembered(root, jar, "linux-x64")).isNull();
        Files.writeString(folder.resolve("libglass.so"), "12345");
        Files.writeString(jar, "another made-up jar"); // a new jar: its own note
        assertThat(JavaFxNatives.remembered(root, jar, "linux-x64")).isNull();
    }
}
