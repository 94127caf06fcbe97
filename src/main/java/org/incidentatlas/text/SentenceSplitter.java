package org.incidentatlas.text;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/** Splits decoded text into sentences. (Owner: text work. Naive first version.) */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n'
                    || ((text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?')
                    && i + 1 < n && Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                int e = i < n && text.charAt(i) != '\n' ? i + 1 : i;
                int s = start;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                if (s < e) {
                    out.add(new Sentence(out.size(), new TextSpan(s, e), false));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
