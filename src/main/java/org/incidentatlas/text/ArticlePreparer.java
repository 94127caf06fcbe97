package org.incidentatlas.text;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/**
 * Builds an {@link Article} from decoded text: sentences split, boilerplate marked. The one way to make an
 * Article outside the corpus reader, so that tests and benchmarks see articles exactly as the reader makes them.
 */
public final class ArticlePreparer {
    private ArticlePreparer() {
    }

    /**
     * An article with the given id (also used as its source), text and publication date (null when unknown).
     * Line endings are normalised; title and the other metadata are left null.
     */
    public static Article prepare(String id, String text, LocalDate published) {
        String t = TextDecoder.normalizeLineEndings(text);
        return new Article(id, id, null, null, null, null, published, null, t, sentences(t, List.of()),
                List.of(), null);
    }

    /** Sentences of {@code text} with boilerplate marked; {@code furniture} are spans known to be page furniture. */
    public static List<Sentence> sentences(String text, List<TextSpan> furniture) {
        char[] chars = text.toCharArray(); // one copy for the splitter's and the cue scanner's loops
        return BoilerplateMarker.mark(text, chars, SentenceSplitter.split(text, chars), furniture);
    }

    /** An article text's sentences (as {@link #sentences}) and its language ({@link LanguageDetector}, null when unknown). */
    public record Prepared(List<Sentence> sentences, String language) {
    }

    /** {@link #sentences} and {@link LanguageDetector#detect(String)} of {@code text}, reading one copy of its chars. */
    public static Prepared sentencesAndLanguage(String text, List<TextSpan> furniture) {
        char[] chars = text.toCharArray();
        List<Sentence> sentences = BoilerplateMarker.mark(text, chars, SentenceSplitter.split(text, chars), furniture);
        return new Prepared(sentences, LanguageDetector.detect(chars));
    }
}
