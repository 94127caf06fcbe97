/**
 * Extraction as an Apache Spark job ({@link org.incidentatlas.spark.ExtractJob}): the same
 * {@code pipeline.Pipeline} per article on the executors, cross-article merging by a shuffle on merge keys, output
 * as GeoParquet. Sits on top of the core like {@code cli} and {@code ui}, and never imports them. Spark is a
 * {@code provided} dependency: a cluster (or {@code src/scripts/spark-submit-local}) supplies it. See {@code docs/scale.md}.
 */
package org.incidentatlas.spark;
