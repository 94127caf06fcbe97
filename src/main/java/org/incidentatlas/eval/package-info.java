/** Scoring an extraction against gold (seeds, GeoWebNews, TR-News) with tolerances. */
package org.incidentatlas.eval;
