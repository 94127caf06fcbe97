package org.incidentatlas.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Made-up texts that once made extraction or its output superlinear, at any size: run-on sentences, long
 * capitalised runs, "Harakat Al-Al-...", one article repeated, a single huge token, punctuation soup,
 * right-to-left marks, zero-width joiners, lone surrogates, a list of names and thousands of incident sentences.
 * {@code bench --pathological} times them at 1×, 4×, 16× and 64× so that linearity can be seen.
 */
public final class PathologicalTexts {
    private static final String ARTICLE = "Gunmen attacked a police checkpoint near Mosul on Monday, killing two "
            + "officers, the provincial council said. A rocket later struck a base in Baghdad province. Residents of "
            + "the village of Al-Qaim said the road to Ramadi was closed on Tuesday.\n\n";

    private PathologicalTexts() {
    }

    /** Each kind's text of about {@code chars} characters (the huge token: one token of that length). */
    public static Map<String, String> all(int chars) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("run-on sentence", fill("and the convoy moved on toward the next village near Mosul ", chars));
        out.put("capitalised run", fill("The Syrian Town Of ", chars));
        out.put("Harakat Al-Al-", "Harakat " + fill("Al-", chars) + "Nujaba.");
        out.put("repeated article", fill(ARTICLE, chars));
        out.put("huge token", "Rockets hit " + "x".repeat(chars) + " in Baghdad.");
        out.put("punctuation soup", fill(".,;:!?()[]{}\"'-–—…/\\|@#$%^&*_+=<>~` ", chars));
        out.put("RTL marks", fill("\u200FBaghdad\u200E \u202Eattack\u202C in \u2067Mosul\u2069. ", chars));
        out.put("zero-width joiners", fill("Bag\u200Dhdad\u200B Mo\u200Csul\uFEFF ", chars));
        out.put("lone surrogates", fill("Baghdad \uD800 Mosul \uDC00 Basra ", chars));
        out.put("list of names", fill("Baghdad, Mosul, Basra, Erbil, Kirkuk, Ramadi, Fallujah, Tikrit, ", chars));
        // One article told in thousands of incident sentences: once quadratic in placing and merging them.
        out.put("incident sentences", fill("Gunmen attacked the convoy and killed two soldiers near Mosul. ", chars));
        return out;
    }

    private static String fill(String unit, int chars) {
        StringBuilder s = new StringBuilder(chars + unit.length());
        while (s.length() < chars) {
            s.append(unit);
        }
        return s.toString();
    }
}
