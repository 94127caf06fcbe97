package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateMarkerTest {
    private static final String BODY = "Rockets struck a base in Anbar province on Sunday, officials said.\n\n"
            + "The attack was claimed by a militia loyal to Iran that operates near the Syrian border.\n\n";

    /** A sentence in the middle of a normal article => whether it is furniture. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            For a listing of MEI donors, please click here.                                => true
            For JTTM subscription information, click here.                                 => true
            The full text of this post is available to subscribers.                        => true
            Please login or register to request subscription information from MEMRI       => true
            The following report is now a complimentary offering from MEMRI's monitor.     => true
            Sign up for our daily newsletter.                                              => true
            © 2024 Example Media, all rights reserved.                                     => true
            The views expressed in this article do not necessarily reflect those of the publisher. => true
            Share this article on Facebook                                                 => true
            Reporting by John Smith; Editing by Jane Doe                                   => true
            Follow Mitch Stacy at                                                          => true
            Get daily Slovak news directly to your inbox.                                  => true
            He can be contacted at                                                         => true
            This story was reported by The Associated Press.                               => true
            Read more at Timesofsandiego Did You Like this Article?                        => true
            Photo credit: Bayo Omiboriowo.                                                 => true
            Comment: the group often makes false allegations against the US military.      => false
            Supporters follow Sadr on the streets of Baghdad every Friday.                  => false
            The militia's leader can be seen in a video posted by the group.               => false
            Iran subscribes to the view that the militias should stay in Iraq.             => false
            The militia received donations of weapons from Tehran.                         => false
            Officials said the strike hit a depot near the Baghdad airport.                 => false
            """)
    void cuePhrasesMarkFurnitureButNotReporting(String sentence, boolean expected) {
        String text = BODY + sentence + "\n\n" + BODY;
        assertThat(flagOf(text, sentence)).isEqualTo(expected);
    }

    @Test
    void shortHeaderLinesAreNavigationButTheHeadlineIsNot() {
        String text = "Iraq News\nSecurity\n\nMilitia leader's Russia visit raises concerns\n\nBy Faris al-Omran\n\n"
                + BODY + BODY.replace("Sunday", "Monday");
        assertThat(flagOf(text, "Iraq News")).isTrue();
        assertThat(flagOf(text, "Security")).isTrue();
        assertThat(flagOf(text, "Militia leader's Russia visit raises concerns")).isFalse();
        assertThat(flagOf(text, "By Faris al-Omran")).isTrue();
        assertThat(flagOf(text, "Rockets struck a base in Anbar province on Sunday, officials said.")).isFalse();
    }

    @Test
    void aShortHeadlineAboveALongerDeckIsNotNavigation() {
        String text = "Rockets hit Baghdad\nMilitia claims the attack on the embassy compound, officials say\n\n" + BODY;
        assertThat(flagOf(text, "Rockets hit Baghdad")).isFalse();
    }

    @Test
    void aDatelineOnItsOwnLineIsNotNavigation() {
        String text = "World\nIraq News\nBAGHDAD (Reuters) —\nRockets strike a base in Anbar as tensions rise\n\n" + BODY;
        assertThat(flagOf(text, "Iraq News")).isTrue();
        assertThat(flagOf(text, "BAGHDAD (Reuters) —")).isFalse();
    }

    @Test
    void aShortHeadlineAloneIsNotNavigation() {
        String text = "Rockets hit Baghdad\n\n" + BODY;
        assertThat(flagOf(text, "Rockets hit Baghdad")).isFalse();
    }

    @Test
    void repeatedCaptionIsMarkedOnItsSecondCopyAndCreditBracketsAlways() {
        String caption = "The leader meets the deputy minister in Moscow in late November.";
        String text = "Headline about a visit to Moscow\n\n" + caption + " [Al-Nujaba Lebanon/Twitter]\n\n" + caption
                + " [Al-Nujaba Lebanon/Twitter]\n\n" + BODY;
        List<Sentence> s = ArticlePreparer.sentences(text, List.of());
        List<Sentence> captions = s.stream().filter(x -> x.of(text).equals(caption)).toList();
        assertThat(captions).extracting(Sentence::boilerplate).containsExactly(false, true);
        assertThat(s.stream().filter(x -> x.of(text).startsWith("[Al-Nujaba"))).allMatch(Sentence::boilerplate);
    }

    @Test
    void publisherDescriptionAtTheEndIsFurnitureWithItsHeadingAndWhatFollows() {
        String text = BODY + BODY.replace("Sunday", "Monday") + "The Cyber & Jihad Lab\n\n"
                + "The Cyber & Jihad Lab monitors, tracks, translates, researches, and analyzes cyber jihad from Iran. "
                + "It works with leaders in business.\n\nRead More";
        assertThat(flagOf(text, "The Cyber & Jihad Lab")).isTrue();
        assertThat(flagOf(text, "It works with leaders in business.")).isTrue();
        assertThat(flagOf(text, "Read More")).isTrue();
        assertThat(flagOf(text, "Rockets struck a base in Anbar province on Monday, officials said.")).isFalse();
    }

    @Test
    void instituteBoilerplateParagraphIsFurniture() {
        String text = BODY + "The Middle East Institute (MEI) is an independent, non-partisan, non-for-profit, "
                + "educational organization. It does not engage in advocacy.";
        assertThat(flagOf(text, "It does not engage in advocacy.")).isTrue();
    }

    @Test
    void closingParagraphDescribingAnArmedGroupIsReporting() {
        String text = BODY + "Harakat al-Nujaba – also known as Harakat Hezbollah al-Nujaba – is a prominent Iraqi "
                + "sectarian group that operates both in Iraq and Syria. It has been fighting in Syria since 2013.";
        assertThat(flagOf(text, "It has been fighting in Syria since 2013.")).isFalse();
        String text2 = BODY + "Kataib Hezbollah is an Iraqi militia founded in 2003 that operates in Anbar.";
        assertThat(flagOf(text2, "Kataib Hezbollah is an Iraqi militia founded in 2003 that operates in Anbar.")).isFalse();
    }

    @Test
    void aLongRepeatedParagraphIsDuplicatedReportingNotACaption() {
        String para = ("Officials in Toronto said the lawsuit names the transit commission, two police officers and "
                + "three fare inspectors, and seeks damages for an incident on a streetcar platform in midtown. ").repeat(3);
        String text = para.strip() + "\n\n" + BODY + para.strip();
        List<Sentence> s = ArticlePreparer.sentences(text, List.of());
        assertThat(s).noneMatch(Sentence::boilerplate);
    }

    @Test
    void anOrganisationInTheLeadParagraphIsNews() {
        String text = "The European Investment Bank (EIB) has signed a loan with a chemicals company headquartered in "
                + "Finland. It will fund research in Espoo, an independent policy institute said.";
        assertThat(ArticlePreparer.sentences(text, List.of())).noneMatch(Sentence::boilerplate);
    }

    @Test
    void bylineSentenceAtTheEndOfAParagraphIsFurniture() {
        String text = BODY + "Police said the investigation continues. By Peter Goffin, The Canadian Press.";
        assertThat(flagOf(text, "By Peter Goffin, The Canadian Press.")).isTrue();
        assertThat(flagOf(text, "Police said the investigation continues.")).isFalse();
    }

    @Test
    void authorBioAtTheEndIsFurniture() {
        String text = BODY + "John Smith is a senior fellow at the Example Institute for Near East Policy.";
        assertThat(flagOf(text, "John Smith is a senior fellow at the Example Institute for Near East Policy.")).isTrue();
    }

    @Test
    void commentFormNearTheEndEndsTheArticle() {
        String text = BODY + BODY + "Do you like this article?\n\n0 Comment(s)\nComment Policy * Denotes Required Field "
                + "1500 / 1500\nSome widget text in Basra";
        assertThat(flagOf(text, "Some widget text in Basra")).isTrue();
        assertThat(flagOf(text, "0 Comment(s)")).isTrue();
    }

    @Test
    void spansFromPageMarkupMarkTheirSentences() {
        String text = "Home About Contact\n\n" + BODY;
        List<Sentence> s = BoilerplateMarker.mark(text, SentenceSplitter.split(text), List.of(new TextSpan(0, 18)));
        assertThat(s.get(0).boilerplate()).isTrue();
        assertThat(s.subList(1, s.size())).noneMatch(Sentence::boilerplate);
    }

    @Test
    void plainArticleHasNoFurniture() {
        String text = "Strike on a depot near Baghdad\n\n" + BODY
                + "A second strike hit a convoy near the Syrian border town of Albu Kamal on Tuesday.";
        assertThat(ArticlePreparer.sentences(text, List.of())).noneMatch(Sentence::boilerplate);
    }

    private static boolean flagOf(String text, String sentence) {
        List<Sentence> s = ArticlePreparer.sentences(text, List.of());
        return s.stream().filter(x -> x.of(text).equals(sentence)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence \"" + sentence + "\" in " + s.stream()
                        .map(x -> x.of(text)).toList()))
                .boilerplate();
    }

    /**
     * The first-character gate in front of the sentence patterns (credit brackets, photo labels, bylines) skips
     * only sentences those patterns cannot match: gated and ungated give the same reason on made-up sentences
     * covering every pattern, at the edges of the page and inside it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            [Example Agency/Twitter]                      => credit   => credit
            (Photo: Example News)                         => credit   => credit
            [File photo via social media].                => credit   => credit
            Photo: a man walks past a damaged building    => credit   => credit
            photo credit | Example Agency                 => credit   => credit
            Image/Example Wire                            => credit   => credit
            Picture: the checkpoint at dawn               => credit   => credit
            Credit: Example Agency                        => credit   => credit
            File photo: soldiers at a checkpoint          => credit   => credit
            Caption: the market after the blast           => credit   => credit
            By Jane Example, The Example Press.           => byline   => null
            by Jane Example                               => byline   => null
            Written by Omar Example                       => byline   => null
            Posted by Sara Example                        => byline   => null
            Reporting by Ali Example                      => byline   => null
            Story by Lina Example                         => byline   => null
            Words by Karim Example                        => byline   => null
            Author: Nadia Example                         => byline   => null
            AUTHOR Nadia Example                          => byline   => null
            Rockets struck a base on Sunday, officials said. => null  => null
            [The town was shelled again on Monday, residents said, after a week of calm along the front line] => null => null
            Police said the convoy was attacked near the bridge. => null => null
            """)
    void theSentenceGateSkipsOnlySentencesNoPatternMatches(String sentence, String atEdge, String inside) {
        for (boolean edge : new boolean[] {true, false}) {
            String ungated = BoilerplateMarker.sentenceReason(sentence, edge);
            String gated = BoilerplateMarker.mayBeSentenceFurniture(sentence.charAt(0), edge)
                    ? BoilerplateMarker.sentenceReason(sentence, edge) : null;
            String expected = edge ? atEdge : inside;
            assertThat(ungated).as("edge=%s", edge).isEqualTo("null".equals(expected) ? null : expected);
            assertThat(gated).as("edge=%s", edge).isEqualTo(ungated);
            String finer = BoilerplateMarker.mayBeSentenceFurniture(sentence.charAt(0), edge)
                    && BoilerplateMarker.opensLikeFurniture(sentence, 0, edge)
                    ? BoilerplateMarker.sentenceReason(sentence, edge) : null;
            assertThat(finer).as("edge=%s", edge).isEqualTo(ungated);
        }
    }

    @Test
    void theFinerGateReadsTheOpeningWord() {
        assertThat(BoilerplateMarker.opensLikeFurniture("Police said the road was closed.", 0, true)).isFalse();
        assertThat(BoilerplateMarker.opensLikeFurniture("In the north, shelling went on.", 0, true)).isFalse();
        assertThat(BoilerplateMarker.opensLikeFurniture("Bystanders fled the market.", 0, false)).isFalse();
        assertThat(BoilerplateMarker.opensLikeFurniture("By Jane Example", 0, false)).isFalse();
        assertThat(BoilerplateMarker.opensLikeFurniture("By Jane Example", 0, true)).isTrue();
        assertThat(BoilerplateMarker.opensLikeFurniture("  PHOTO: the bridge", 2, false)).isTrue();
        assertThat(BoilerplateMarker.opensLikeFurniture("(Example Agency)", 0, false)).isTrue();
    }

    @Test
    void theGateRejectsSentencesStartingWithOtherCharacters() {
        assertThat(BoilerplateMarker.mayBeSentenceFurniture('T', true)).isFalse();
        assertThat(BoilerplateMarker.mayBeSentenceFurniture('"', true)).isFalse();
        assertThat(BoilerplateMarker.mayBeSentenceFurniture('B', false)).isFalse();
        assertThat(BoilerplateMarker.mayBeSentenceFurniture('B', true)).isTrue();
        assertThat(BoilerplateMarker.mayBeSentenceFurniture('(', false)).isTrue();
    }
}
