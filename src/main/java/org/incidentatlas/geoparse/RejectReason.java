package org.incidentatlas.geoparse;

import java.util.Locale;

/**
 * Why a spotted name is not a place: every rejected {@link org.incidentatlas.model.PlaceMention} carries one, as its
 * rule ({@link #code()}). The first group is decided by the spotter's filters from the words around the name; the
 * second by the resolver, once it knows which place the name would be. docs/geoparsing.md describes each.
 */
enum RejectReason {
    // spotter filters (the words around the name)
    OUTLET, ORGANISATION, ORGANISATION_NAME, OPERATION_NAME, OUTLET_NAMED_AFTER_PLACE, CAPTION_CREDIT, SOCIAL_HANDLE,
    PERSON_NAME, PERSON_IN_ARTICLE, NISBA, INSTITUTION_METONYM, WEAPON_MODEL, FACILITY_NAME, PARTIAL_NAME,
    COMMON_WORD, ACRONYM, ETHNONYM,
    // resolver filters (the place the name would be)
    MINOR_PLACE_WITHOUT_CONTEXT, VARIANT_WITHOUT_CONTEXT, HEADLINE_ONLY, GIVEN_NAME;

    /** The rule as written in the extraction output: lower case, words joined by hyphens ("common-word"). */
    String code() {
        return code;
    }

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    /** The note of a candidate not used because of this reason (built once, not per candidate). */
    private final String notUsed = "not used: " + code;

    /** "not used: " and the code: the note of each candidate of a rejected mention. */
    String notUsed() {
        return notUsed;
    }

    /** The reason of a rule code ("person-name"); throws for an unknown code. */
    static RejectReason ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
