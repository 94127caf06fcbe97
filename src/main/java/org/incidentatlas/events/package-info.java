/**
 * From place mentions to what an analyst maps: dates resolved against the publication date, event triggers
 * coded with ACLED types, actors, deployments, and merging of the same incident across articles.
 *
 * <p>The flow per article ({@link org.incidentatlas.events.RuleEventExtractor}): every non-boilerplate, non-headline
 * sentence is searched for triggers ({@link org.incidentatlas.events.EventTyping}); each trigger family (violence,
 * meetings, threats, protests, bases, arrests) gives at most one candidate per sentence, with the dates of
 * {@link org.incidentatlas.events.DateResolver} nearest to it, the literal toponyms tied to it by a locative, and
 * the actors of the {@link org.incidentatlas.events.ActorLexicon}. Candidates that are later mentions of one event
 * ("the attack", "his killing", a victim named twice) are merged within the article. Across articles,
 * {@link org.incidentatlas.events.IncidentMerger} joins reports of one incident after the parallel extraction.
 *
 * <p>Country-level events and presences are kept with {@code place} null (never drawn at a centroid) and the
 * country as {@code area}, so they are listed, filtered by country and matched by evaluation against
 * country-level gold with its country-sized tolerance.
 */
package org.incidentatlas.events;
