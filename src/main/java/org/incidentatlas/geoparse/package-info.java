/**
 * Finding place mentions in text and resolving them: spotting over the gazetteer's name index, not-a-place
 * filters (outlets, persons, organisation seats), roles, and disambiguation with document context.
 * Every mention keeps its candidates, the deciding rule and a confidence; rejected ones keep their reason.
 */
package org.incidentatlas.geoparse;
