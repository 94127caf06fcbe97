package org.incidentatlas.model;

/**
 * How the source presents an event. {@code BACKGROUND}: told as context, not as news (years before publication,
 * or the origin of the conflict the article is about).
 */
public enum EventStatus { REPORTED, CLAIMED, ALLEGED, DENIED, THREATENED, PLANNED, BACKGROUND }
