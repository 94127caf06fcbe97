/**
 * Snapshot export: a PNG of the map view with legend, scale bar, title, attribution and source footnotes, from the
 * app or headless (registered as the {@link org.incidentatlas.pipeline.SnapshotRenderer} service for the CLI).
 */
package org.incidentatlas.ui.export;
