/**
 * {@code Pipeline.run}: the one entry point that turns a corpus into an {@code Extraction}, for the CLI and the UI;
 * and the pure functions the analyst's views are derived with: {@code IncidentFilter} (filters, facet counts,
 * timeline, transliteration-tolerant search via {@code SearchKey}), {@code InvestigationEdits} (replaying an
 * analyst's edits) and {@code ReviewQueue} (what needs an analyst's eye).
 */
package org.incidentatlas.pipeline;
