/**
 * From place mentions to what an analyst maps: dates resolved against the publication date, event triggers
 * coded with ACLED types, actors, deployments, and merging of the same incident across articles.
 */
package org.incidentatlas.events;
