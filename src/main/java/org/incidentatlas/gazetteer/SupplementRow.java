package org.incidentatlas.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.incidentatlas.model.PlaceKind;

/**
 * One row of the hand-checked {@code supplement.tsv}: a place the world data lacks or spells differently, with the
 * source its coordinates were taken from. Parsing checks what a hand edit can get wrong.
 *
 * <p>{@code replaces} (optional column) names a world-data row ("gn:174448", "a1:IQ.01") that this row corrects:
 * the loader drops that row but keeps its names and population under this one, so a look-up finds one place.
 */
public record SupplementRow(String id, String name, PlaceKind kind, String country, String admin1, double lat,
        double lon, double radiusKm, List<String> aliases, String source, String replaces) {

    public SupplementRow {
        if (!id.startsWith(InMemoryGazetteer.SUPPLEMENT_PREFIX) || id.length() <= 4) {
            throw new IllegalArgumentException("id must start with 'sup:' (" + id + ")");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is empty");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("radius_km must be positive: " + radiusKm);
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source is empty");
        }
        if (replaces != null && !replaces.matches("(gn|a1|cc):[A-Za-z0-9.]+")) {
            throw new IllegalArgumentException("replaces must be a gn:, a1: or cc: id: " + replaces);
        }
        aliases = List.copyOf(aliases);
    }

    /** Parses the fields of one line; {@code cols} gives the position of each column in header order. */
    static SupplementRow parse(String[] f, int[] cols) {
        String kind = f[cols[2]].strip();
        PlaceKind k;
        try {
            k = PlaceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + kind + "'");
        }
        List<String> aliases = Arrays.stream(f[cols[8]].split("\\|")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        return new SupplementRow(f[cols[0]].strip(), f[cols[1]].strip(), k, emptyToNull(f[cols[3]]),
                emptyToNull(f[cols[4]]), number(f[cols[5]], "lat"), number(f[cols[6]], "lon"),
                number(f[cols[7]], "radius_km"), aliases, f[cols[9]].strip(),
                cols.length > 10 && cols[10] >= 0 && cols[10] < f.length && !f[cols[10]].isBlank()
                        ? f[cols[10]].strip() : null);
    }

    private static double number(String s, String column) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + s + "'");
        }
    }

    private static String emptyToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t.toUpperCase(Locale.ROOT);
    }

    /** A GeoNames-style feature code for a supplement kind, so prominence rules can read every place alike. */
    public static String featureCodeOf(PlaceKind kind) {
        return switch (kind) {
            case CONTINENT -> "CONT";
            case REGION -> "RGN";
            case COUNTRY -> "PCLI";
            case ADMIN1 -> "ADM1";
            case ADMIN2 -> "ADM2";
            case CITY, TOWN, VILLAGE -> "PPL";
            case DISTRICT -> "PPLX";
            case BASE -> "MILB";
            case AIRPORT -> "AIRP";
            case EMBASSY -> "BLDG";
            case OIL_FIELD -> "OILF";
            case CROSSING -> "PSTB";
            case CAMP -> "CMPRF";
            case LANDMARK -> "BLDG";
            case SEA -> "SEA";
            case STRAIT -> "STRT";
            case RIVER -> "STM";
            case OTHER -> "";
        };
    }
}
