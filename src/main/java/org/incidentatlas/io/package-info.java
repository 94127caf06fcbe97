/**
 * Readers and writers: corpus folders and manifests, gold files and benchmarks, JSON, GeoJSON (and its reader for
 * round trips), KML, ACLED-like CSV, GeoPackage, and the investigation file with atomic saving and autosave
 * ({@link org.incidentatlas.io.AtomicFiles}, {@link org.incidentatlas.io.Autosave}).
 */
package org.incidentatlas.io;
