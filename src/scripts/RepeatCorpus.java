import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes a corpus of about MB megabytes of UTF-8 text into OUT_DIR (which must not exist yet): the article texts
 * of the benchmark XML files (GeoWebNews, TR-News) as one .txt file each, cycled until the size is reached, 1,000
 * files per subfolder. Each copy ends with its own line "(copy N)", so no two files are identical and the
 * extraction keeps every copy's incidents (identical copies count as one source). A throw-away corpus for memory
 * and speed runs (src/scripts/corpus-heap), never for quality: run with {@code java src/scripts/RepeatCorpus.java OUT_DIR MB XML...}.
 */
public final class RepeatCorpus {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java src/scripts/RepeatCorpus.java OUT_DIR MB BENCHMARK.xml...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long want = Math.round(Double.parseDouble(args[1]) * 1024 * 1024);
        List<String> texts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            texts.addAll(texts(Path.of(args[i])));
        }
        if (texts.isEmpty()) {
            throw new IOException("no <text> in " + String.join(", ", List.of(args).subList(2, args.length)));
        }
        Files.createDirectory(out);
        long written = 0;
        int n = 0;
        while (written < want) {
            String t = texts.get(n % texts.size()) + "\n\n(copy " + (n / texts.size() + 1) + ")\n";
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            Path dir = out.resolve(String.format("%05d", n / 1000));
            if (n % 1000 == 0) {
                Files.createDirectory(dir);
            }
            Files.write(dir.resolve(String.format("a%07d.txt", n)), b);
            written += b.length;
            n++;
        }
        System.out.printf("%d files, %.1f MB of UTF-8 text in %s%n", n, written / 1048576.0, out);
    }

    private static List<String> texts(Path xml) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String t = ((Element) nodes.item(i)).getTextContent().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
