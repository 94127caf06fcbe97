package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap tests before {@link ActorRoles}' patterns, held to the patterns over random text. */
class ActorRolesTest {
    /** The pattern {@link ActorRoles#addUnknownSubject} searches with (its group 1 is the name). */
    private static final Pattern CAPITALISED_NAME = Pattern.compile("\\b((?:[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}'’]+)?\\s+){1,3}"
            + "[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}'’]+)?)\\b");

    private static List<String> names(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED_NAME.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start(1) + ":" + m.group(1));
        }
        return out;
    }

    @Test
    void aNameIsTriedOnlyAtCapitalsThatCanStartOneAndFoundAsTheSearchFindsIt() {
        String[] pieces = {"Ali", "Hassan", "Al-Amiri", "the", "US", "A", "x", "é", "É", " ", "  ", "\t", ",", ".", "-", "_", "9",
            "O'Neil", "\u0301", "\uD801\uDC00", "Xy", "said"};
        Random r = new Random(21);
        int found = 0;
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(r, r.nextInt(14), pieces);
            int from = r.nextInt(Math.min(4, text.length() + 1));
            int to = from + r.nextInt(text.length() - from + 1);
            List<String> spec = names(text, from, to);
            int[] fast = ActorRoles.capitalisedNames(text, from, to);
            List<String> got = new ArrayList<>();
            for (int k = 0; k < fast.length; k += 2) {
                got.add(fast[k] + ":" + text.substring(fast[k], fast[k + 1]));
            }
            assertThat(got).as("\"%s\" [%d, %d)", text, from, to).isEqualTo(spec);
            found += spec.size();
        }
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void aPronounSubjectIsNeverMissedByTheGate() {
        String[] pieces = {"he", "He", "She", "it", "It", "the group", "The militia", "the movement", "The", "the", "hen", "Italy",
            " ", " ", "  ", "\t", ",", ", ", "x", "went", "said", "_", "9", "."};
        Random r = new Random(22);
        int matched = 0;
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(r, r.nextInt(12), pieces);
            int from = r.nextInt(Math.min(3, text.length() + 1));
            if (ActorRoles.PRONOUN_SUBJECT.matcher(text.substring(from)).find()) {
                assertThat(ActorRoles.pronounIn(text, from, text.length())).as("\"%s\" from %d", text, from).isTrue();
                matched++;
            }
        }
        assertThat(matched).isGreaterThan(800);
    }
}
