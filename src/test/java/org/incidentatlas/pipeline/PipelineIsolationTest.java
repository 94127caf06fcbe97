package org.incidentatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article's failure, overflow or runaway work is its own problem; every other article completes. */
class PipelineIsolationTest {
    private static final String GOOD = "Gunmen attacked a checkpoint in Baghdad on Monday, killing two soldiers.\n";
    private static Geoparser real;

    @TempDir
    Path dir;

    private final AtomicBoolean release = new AtomicBoolean();

    @BeforeAll
    static void loadGazetteer() throws Exception {
        real = new GazetteerGeoparser(GazetteerLoader.loadDefault());
    }

    @AfterEach
    void releaseStuckStages() {
        release.set(true);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A geoparser that fails, overflows or never ends on articles whose text says so, else the real one. */
    private Geoparser sabotaged() {
        return a -> {
            if (a.text().contains("THROW")) {
                throw new IllegalStateException("injected");
            }
            if (a.text().contains("OVERFLOW")) {
                return recurse(0);
            }
            if (a.text().contains("WAIT")) {
                try {
                    Thread.sleep(1500); // waiting, not working: like an article kept from a core on a busy machine
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting");
                }
            }
            if (a.text().contains("PAUSE")) {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while pausing");
                }
            }
            if (a.text().contains("SPIN")) {
                while (!release.get()) {
                    Thread.onSpinWait(); // ignores interrupts, like a quadratic loop would
                }
            }
            return real.parse(a);
        };
    }

    private static List<PlaceMention> recurse(int depth) {
        return depth < 0 ? List.of() : recurse(depth + 1);
    }

    private static List<String> errors(Extraction x) {
        return x.problems().stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR).map(LoadProblem::toString)
                .toList();
    }

    @Test
    void anExceptionAnOverflowAndARunawayStageEachBecomeAProblemAndTheGoodArticleCompletes() throws Exception {
        write("a-good.txt", GOOD);
        write("b-throws.txt", "THROW " + GOOD);
        write("c-overflows.txt", "OVERFLOW " + GOOD);
        write("d-spins.txt", "SPIN " + GOOD);
        write("e-good.txt", GOOD.replace("Baghdad", "Mosul"));
        Pipeline p = new Pipeline(sabotaged(), new RuleEventExtractor(), new Pipeline.ArticleBudget(5000, 0), 2);

        Extraction x = p.run(List.of(dir), ProgressListener.NONE);

        assertThat(x.articles()).extracting(a -> a.id()).containsExactly("a-good.txt", "e-good.txt");
        assertThat(x.mentions()).extracting(PlaceMention::articleId).containsOnly("a-good.txt", "e-good.txt")
                .contains("a-good.txt", "e-good.txt");
        assertThat(x.incidents()).isNotEmpty();
        assertThat(errors(x)).hasSize(3);
        assertThat(errors(x)).anySatisfy(s -> assertThat(s).startsWith("error: b-throws.txt: the places stage failed")
                .contains("IllegalStateException"));
        assertThat(errors(x)).anySatisfy(s -> assertThat(s).startsWith("error: c-overflows.txt: the places stage failed")
                .contains("nested or repeated too deeply"));
        assertThat(errors(x)).anySatisfy(s -> assertThat(s).startsWith("error: d-spins.txt: the places stage took longer")
                .contains("stopped"));
        assertThat(x.incidents()).allSatisfy(i -> assertThat(i.sources()).doesNotContain("b-throws.txt", "d-spins.txt"));
    }

    @Test
    void theBudgetCountsTheArticlesCpuTimeNotTheTimeItWaited() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.lang.management.ManagementFactory.getThreadMXBean().isThreadCpuTimeSupported());
        // first use of the stages (lexicons, patterns, JIT) outside the measured article: on a loaded machine that
        // CPU-bound start, not the waiting, could push the article past six budgets of wall time
        write("warm.txt", GOOD);
        new Pipeline(real, new RuleEventExtractor(), Pipeline.ArticleBudget.DEFAULT, 1).run(List.of(dir), ProgressListener.NONE);
        java.nio.file.Files.delete(dir.resolve("warm.txt"));
        write("waits.txt", "WAIT " + GOOD);

        // 1.5 s of waiting against a 1 s budget: little CPU time, so the article completes
        Extraction kept = new Pipeline(sabotaged(), new RuleEventExtractor(), new Pipeline.ArticleBudget(1000, 0), 1)
                .run(List.of(dir), ProgressListener.NONE);
        assertThat(errors(kept)).isEmpty();
        assertThat(kept.articles()).extracting(a -> a.id()).containsExactly("waits.txt");

        // past six budgets of wall time (6 × 0.2 s < 1.5 s) it is stopped whatever its CPU time
        Extraction stopped = new Pipeline(sabotaged(), new RuleEventExtractor(), new Pipeline.ArticleBudget(200, 0), 1)
                .run(List.of(dir), ProgressListener.NONE);
        assertThat(stopped.articles()).isEmpty();
        assertThat(errors(stopped)).singleElement().asString().startsWith("error: waits.txt: the places stage took longer");
    }

    /**
     * Articles wait in the workers' queue ahead of time (issue 12: a worker never waits for the coordinator); an
     * article's budget starts when a worker takes it up, not while it waits behind the others.
     */
    @Test
    void anArticleWaitingInTheQueueHasNotStartedItsBudget() throws Exception {
        for (int i = 1; i <= 3; i++) {
            write("p" + i + ".txt", "PAUSE " + GOOD); // 0.7 s each on one worker: the third starts after 1.4 s
        }
        // six budgets of wall time are 1.2 s: counted from submission the second and third would be stopped
        Extraction x = new Pipeline(sabotaged(), new RuleEventExtractor(), new Pipeline.ArticleBudget(200, 0), 1)
                .run(List.of(dir), ProgressListener.NONE);

        assertThat(errors(x)).isEmpty();
        assertThat(x.articles()).extracting(a -> a.id()).containsExactly("p1.txt", "p2.txt", "p3.txt");
    }

    /**
     * The worker goes on to the next articles while the thread that collects results is busy with an earlier one
     * (here held in the progress callback of the first article until the third has started). Before, the next
     * article was handed over only once the previous one had been collected: two thread hand-offs per article, and
     * an idle worker between articles.
     */
    @Test
    void theWorkerDoesNotWaitForResultsToBeCollected() throws Exception {
        for (int i = 1; i <= 4; i++) {
            write("a" + i + ".txt", "Article " + i + " says the weather in Paris was mild.\n");
        }
        java.util.concurrent.CountDownLatch third = new java.util.concurrent.CountDownLatch(1);
        Geoparser noting = a -> {
            if (a.id().equals("a3.txt")) {
                third.countDown();
            }
            return real.parse(a);
        };
        boolean[] startedWhileHeld = new boolean[1];
        ProgressListener holdFirst = (done, total, what) -> {
            if (done == 1) {
                try {
                    startedWhileHeld[0] = third.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Extraction x = new Pipeline(noting, new RuleEventExtractor(), Pipeline.ArticleBudget.DEFAULT, 1)
                .run(List.of(dir), holdFirst);

        assertThat(startedWhileHeld[0]).as("article 3 started while article 1's result was being collected").isTrue();
        assertThat(x.articles()).extracting(a -> a.id()).containsExactly("a1.txt", "a2.txt", "a3.txt", "a4.txt");
    }

    @Test
    void anEventsStageFailureDropsTheArticlesMentionsToo() throws Exception {
        write("a.txt", GOOD);
        write("b.txt", "EVENTS-FAIL " + GOOD);
        EventExtractor rules = new RuleEventExtractor();
        EventExtractor failing = (a, m) -> {
            if (a.text().contains("EVENTS-FAIL")) {
                throw new NumberFormatException("For input string: \"2147483648\"");
            }
            return rules.extract(a, m);
        };
        Extraction x = new Pipeline(real, failing).run(List.of(dir), ProgressListener.NONE);
        assertThat(x.mentions()).extracting(PlaceMention::articleId).containsOnly("a.txt");
        assertThat(errors(x)).singleElement().asString().startsWith("error: b.txt: the events stage failed")
                .contains("number out of range");
    }

    @Test
    void theBudgetGrowsWithTheArticlesLength() {
        Pipeline.ArticleBudget b = Pipeline.ArticleBudget.DEFAULT;
        assertThat(b.millisFor(0)).isEqualTo(10_000);
        assertThat(b.millisFor(1_000_000)).isEqualTo(40_000);
        assertThat(b.millisFor(49_000_000)).isEqualTo(1_480_000);
    }

    @Test
    void streamingHandsArticlesOnInCorpusOrderAndKeepsOnlyTheSummary() throws Exception {
        for (int i = 0; i < 12; i++) {
            write(String.format("%02d.txt", i), (i == 5 ? "THROW " : "") + GOOD);
        }
        List<String> seen = new ArrayList<>();
        Pipeline.Summary s = new Pipeline(sabotaged(), new RuleEventExtractor(), Pipeline.ArticleBudget.DEFAULT, 3)
                .stream(List.of(dir), ProgressListener.NONE, (a, m) -> seen.add(a.id()));
        assertThat(seen).hasSize(11).isSorted().doesNotContain("05.txt");
        assertThat(s.articles()).isEqualTo(11);
        assertThat(s.hasErrors()).isTrue();
    }

    /**
     * The watchdog's pending check of an article is dropped when the article is done: with a long budget it held
     * each finished article's outcome (text, mentions) until the budget ran out, so memory grew with the corpus.
     */
    @Test
    void aFinishedArticleIsNotHeldUntilItsBudgetRunsOut() throws Exception {
        for (int i = 0; i < 12; i++) {
            write(String.format("%02d.txt", i), "Article " + i + " says the weather in Paris was mild.\n");
        }
        List<java.lang.ref.WeakReference<org.incidentatlas.model.Article>> handed = new ArrayList<>();
        int[] heldAtEnd = {-1};
        new Pipeline(real, new RuleEventExtractor(), new Pipeline.ArticleBudget(600_000, 0), 1)
                .stream(List.of(dir), ProgressListener.NONE, (a, m) -> {
                    handed.add(new java.lang.ref.WeakReference<>(a));
                    if (handed.size() == 12) {
                        for (int round = 0; round < 5 && held(handed.subList(0, 8)) > 0; round++) {
                            System.gc();
                        }
                        heldAtEnd[0] = held(handed.subList(0, 8));
                    }
                });
        assertThat(handed).hasSize(12);
        assertThat(heldAtEnd[0]).as("the first 8 articles still reachable while the 12th is handed on").isZero();
    }

    private static int held(List<? extends java.lang.ref.Reference<?>> refs) {
        int n = 0;
        for (java.lang.ref.Reference<?> r : refs) {
            n += r.get() == null ? 0 : 1;
        }
        return n;
    }

    /** The inputs that once took a whole run down, each now one problem at most; the good article's results stay. */
    @Test
    void realReproducersFromTheFieldLeaveTheGoodArticlesResults() throws Exception {
        write("good.txt", GOOD);
        write("desoto.txt", "Most true pastors volunteer their time to do that. \"Jones, who was unseated in October "
                + "2007 from his first term on the DeSoto Parish Police Jury, is a close friend of McCoy's. He's aided "
                + "the mayor in his two election campaigns.\n");
        write("killed.txt", "Militants attacked a village near Mosul on Monday and killed 2147483648 people.\n"
                + "Officials said 99999999999999999999 were killed in Baghdad.\n");
        write("deep.html", "<html><body>" + "<div>".repeat(5000) + "Rockets hit Baghdad." + "</div>".repeat(5000)
                + "</body></html>");
        write("ctrl.txt", "Gunmen\u0007 attacked\u001b[31m a checkpoint in Mosul on Monday.\n");
        write("ctrl.html", "<p>Gunmen&#0; attacked a checkpoint in Mosul &#xD800;on Monday.</p>");
        Path secret = Files.createDirectories(dir.resolve("locked"));
        write("locked/hidden.txt", GOOD);
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        }
        try {
            Extraction x = Pipeline.standard(GazetteerLoader.loadDefault()).run(List.of(dir), ProgressListener.NONE);

            assertThat(x.articles()).extracting(a -> a.id()).contains("good.txt", "deep.html", "ctrl.txt", "ctrl.html");
            assertThat(x.mentions()).anySatisfy(m -> assertThat(m.articleId()).isEqualTo("good.txt"));
            assertThat(x.article("deep.html").orElseThrow().text()).contains("Rockets hit Baghdad.");
            assertThat(x.article("ctrl.txt").orElseThrow().text()).doesNotContain("\u001b", "\u0007").contains("attacked[31m");
            assertThat(x.article("ctrl.html").orElseThrow().text()).doesNotContain("\u0000", "\uD800").contains("\uFFFD");
            // desoto and killed: either extracted or a problem naming them, never a lost run
            for (String f : List.of("desoto.txt", "killed.txt")) {
                boolean loaded = x.article(f).isPresent();
                boolean reported = x.problems().stream().anyMatch(p -> p.file().equals(f));
                assertThat(loaded || reported).as(f).isTrue();
            }
            boolean root = "root".equals(System.getProperty("user.name"));
            if (posix && !root) {
                assertThat(errors(x)).anySatisfy(s -> assertThat(s).contains("locked").contains("permission denied"));
            }
        } finally {
            if (posix) {
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    @Test
    void anUnreadableSubfolderIsOneProblemAndTheRestLoads() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads every folder").isNotEqualTo("root");
        write("good.txt", GOOD);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        write("locked/x.txt", GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Extraction x = new Pipeline(real, EventExtractor.none()).run(List.of(dir), ProgressListener.NONE);
            assertThat(x.articles()).extracting(a -> a.id()).containsExactly("good.txt");
            assertThat(errors(x)).singleElement().asString().contains("locked").contains("cannot list folder: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
