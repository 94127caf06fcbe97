package org.incidentatlas.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.model.Article;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** One article's work inside the job keeps extract's time budget: past it, a problem, and the task goes on. */
class ArticleTimeBudgetTest {
    private static Article article(String text) {
        return new Article("a.txt", "a.txt", null, null, null, null, null, null, text, SentenceSplitter.split(text), List.of(), null);
    }

    @Test
    void workThatNeverEndsIsStoppedAtTheBudgetAndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ArticleTimeBudget budget = new ArticleTimeBudget(new Pipeline.ArticleBudget(50, 0));
        assertThatThrownBy(() -> budget.run(article("Gunmen attacked a checkpoint."), a -> {
            try {
                new CountDownLatch(1).await(); // stuck until interrupted
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never";
        })).isInstanceOf(ArticleTimeBudget.OverBudget.class)
                .hasMessageContaining("took longer than its time budget").hasMessageContaining("29 characters");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the worker was interrupted").isTrue();
    }

    @Test
    void workWithinTheBudgetGivesItsResultAndItsFailuresAsThrown() throws Exception {
        ArticleTimeBudget budget = new ArticleTimeBudget(Pipeline.ArticleBudget.DEFAULT);
        assertThat(budget.run(article("A short text."), Article::id)).isEqualTo("a.txt");
        assertThatThrownBy(() -> budget.run(article("A short text."), a -> {
            throw new IllegalStateException("broken rule");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken rule");
        assertThatThrownBy(() -> budget.run(article("A short text."), a -> {
            throw new StackOverflowError();
        })).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void theJobTakesABudgetAndRefusesANonsenseOne() {
        assertThat(ExtractJob.Options.parse(new String[] {"-i", "a", "-o", "o"}).budget).isEqualTo(Pipeline.ArticleBudget.DEFAULT);
        assertThat(ExtractJob.Options.parse(new String[] {"-i", "a", "-o", "o", "--article-budget", "2000"}).budget)
                .isEqualTo(new Pipeline.ArticleBudget(2000, Pipeline.ArticleBudget.DEFAULT.millisPerMillionChars()));
        assertThat(ExtractJob.Options.parse(new String[] {"-i", "a", "-o", "o", "--article-budget", "500,100"}).budget)
                .isEqualTo(new Pipeline.ArticleBudget(500, 100));
        assertThatThrownBy(() -> ExtractJob.Options.parse(new String[] {"-i", "a", "-o", "o", "--article-budget", "soon"}))
                .hasMessageContaining("--article-budget");
    }
}
