/**
 * The nouns of Incident Atlas: immutable records for articles, spans, places, mentions, dates, actors,
 * incidents and deployments. Every fact carries its {@link org.incidentatlas.model.Evidence}.
 * Depends on {@code java.base} only.
 */
package org.incidentatlas.model;
