/**
 * Finding place mentions in text and resolving them: spotting over the gazetteer's name index
 * ({@link org.incidentatlas.geoparse.MentionSpotter}), not-a-place filters (outlets, organisations, persons, nisbas,
 * caption credits, ordinary words, organisation seats), roles, and disambiguation with document context
 * ({@link org.incidentatlas.geoparse.PlaceResolver}: qualifiers, one sense per article, country and spatial
 * coherence, prominence, an optional area-of-interest prior). Every mention keeps its candidates, the deciding rule
 * and a confidence; rejected ones keep their reason. The rules and word lists are described in
 * {@code docs/geoparsing.md}. Depends on {@code model}, {@code text} and {@code gazetteer}.
 */
package org.incidentatlas.geoparse;
