package org.incidentatlas.geoparse;

import org.incidentatlas.text.TokenArray;

/**
 * A lower-case word that the spotter's rules compare tokens with ({@link Tokens#is(int, Word)}), with its key
 * ({@link TokenArray#keyOf}): a token's key is the hash of its folded form, so a plain token whose key differs is
 * not the word, which one compare of two longs says without reading the token's characters.
 */
record Word(String text, long key) {
    static final Word A = of("a");
    static final Word ACCORDING = of("according");
    static final Word AIR = of("air");
    static final Word AN = of("an");
    static final Word AND = of("and");
    static final Word ANTI = of("anti");
    static final Word AREA = of("area");
    static final Word BASE = of("base");
    static final Word BETWEEN = of("between");
    static final Word CALLED = of("called");
    static final Word GOVERNORATE = of("governorate");
    static final Word IN = of("in");
    static final Word MILITARY = of("military");
    static final Word NAMED = of("named");
    static final Word NEAR = of("near");
    static final Word NEWS = of("news");
    static final Word OF = of("of");
    static final Word OPERATION = of("operation");
    static final Word OR = of("or");
    static final Word PRO = of("pro");
    static final Word PROVINCE = of("province");
    static final Word REGIME = of("regime");
    static final Word REGION = of("region");
    static final Word SAID = of("said");
    static final Word SAYS = of("says");
    static final Word THAT = of("that");
    static final Word THE = of("the");
    static final Word TO = of("to");
    static final Word TOLD = of("told");
    static final Word WITH = of("with");

    static Word of(String lowerCase) {
        return new Word(lowerCase, TokenArray.keyOf(lowerCase));
    }
}
