package org.incidentatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every hand-edited row of geodata/gazetteer/supplement.tsv must parse and carry a source. */
class SupplementIntegrityTest {
    private static final Path FILE = Path.of("geodata", "gazetteer", "supplement.tsv");

    @Test
    void everyRowParsesWithUniqueIdAndSource() throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int[] cols = new int[11];
        String[] names = {"id", "name", "kind", "country", "admin1", "lat", "lon", "radius_km", "names", "source",
            "replaces"};
        for (int i = 0; i < names.length; i++) {
            cols[i] = header.indexOf(names[i]);
            assertThat(cols[i]).as("column " + names[i]).isNotNegative();
        }
        Set<String> ids = new HashSet<>();
        Set<String> replaced = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int rows = 0;
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] f = line.split("\t", -1);
            try {
                assertThat(f).as("column count").hasSize(header.size());
                SupplementRow r = SupplementRow.parse(f, cols);
                assertThat(ids.add(r.id())).as("unique id " + r.id()).isTrue();
                assertThat(r.replaces() == null || replaced.add(r.replaces())).as("replaced once").isTrue();
                assertThat(r.aliases()).doesNotHaveDuplicates();
            } catch (RuntimeException | AssertionError e) {
                failures.add("line " + (n + 1) + ": " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rows).isGreaterThanOrEqualTo(100);
    }
}
