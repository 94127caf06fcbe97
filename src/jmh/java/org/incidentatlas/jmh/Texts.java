package org.incidentatlas.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.model.Article;
import org.incidentatlas.text.ArticlePreparer;

/**
 * The texts the benchmarks run on: a made-up news paragraph repeated, or, with {@code -Dbench.corpus=DIR}, the
 * {@code .txt} files of a folder (read at run time, never stored in the repository).
 */
public final class Texts {
    public static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static final String PARAGRAPH = """
            A drone strike hit a convoy near Al-Qaim on Tuesday night, killing three fighters of an armed group, \
            local officials in Anbar said. The group's spokesman denied the report on Wednesday and said its \
            forces remain stationed in Albu Kamal and along the border with Syria. In Baghdad, the prime minister \
            met the ambassador of the United States on 12 March to discuss the withdrawal of troops from Ain \
            al-Asad air base. Two rockets landed near the US embassy in the Green Zone last week; nobody was hurt. \
            Security sources in Erbil and Kirkuk reported clashes between police and gunmen on the road to Hawija \
            early on Monday, and an IED wounded two soldiers south of Mosul the day before.
            """;

    private Texts() {
    }

    public static List<Article> articles() throws IOException {
        String dir = System.getProperty("bench.corpus");
        List<Article> out = new ArrayList<>();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(ArticlePreparer.prepare(p.getFileName().toString(), Files.readString(p), PUBLISHED));
                }
            }
        }
        if (out.isEmpty()) {
            for (int i = 0; i < 20; i++) {
                out.add(ArticlePreparer.prepare("made-up-" + i, (PARAGRAPH + "\n").repeat(1 + i % 4), PUBLISHED));
            }
        }
        return out;
    }

    public static long bytes(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    }
}
