package org.incidentatlas.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Stores each place's folded keys in a {@code keys} column of {@code places.tsv.gz}, the last step of
 * {@code geodata/build/build.sh}. Folding half a million names is most of a cold start; with the keys stored the
 * loader only spot-checks them and folds again only if {@link org.incidentatlas.text.NameFolding} has changed.
 */
public final class FoldedKeysWriter {
    private FoldedKeysWriter() {
    }

    /** Usage: {@code FoldedKeysWriter path/to/places.tsv.gz}; rewrites the file in place. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FoldedKeysWriter PLACES_TSV_GZ");
        }
        write(Path.of(args[0]));
    }

    /** Adds or replaces the keys column; returns the number of rows written. */
    public static int write(Path placesGz) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(placesGz))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        List<String> header = Arrays.asList(lines[0].split("\t", -1));
        int name = header.indexOf("name");
        int names = header.indexOf("names");
        int keys = header.indexOf(GazetteerLoader.KEYS_COLUMN);
        if (name < 0 || names < 0) {
            throw new IOException(placesGz + ": header lacks 'name' or 'names'");
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
        int rows = 0;
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            String value = i == 0 ? GazetteerLoader.KEYS_COLUMN
                    : String.join("|", GazetteerLoader.foldedKeys(f[name], f[names]));
            if (keys >= 0) {
                f[keys] = value;
                out.append(String.join("\t", f));
            } else {
                out.append(lines[i]).append('\t').append(value);
            }
            out.append('\n');
            rows += i == 0 ? 0 : 1;
        }
        Path tmp = placesGz.resolveSibling(placesGz.getFileName() + ".tmp");
        // GZIPOutputStream writes no timestamp, so the same input gives the same bytes.
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16) {
            {
                def.setLevel(9);
            }
        }) {
            o.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.move(tmp, placesGz, StandardCopyOption.REPLACE_EXISTING);
        return rows;
    }
}
