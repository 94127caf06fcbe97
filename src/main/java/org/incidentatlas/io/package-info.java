/** Readers and writers: corpus folders and manifests, gold files and benchmarks, JSON, GeoJSON, KML, CSV. */
package org.incidentatlas.io;
